/**
 * The browser harness page: the fake `obsidian` module, an in-memory vault, and the built main.js loaded as
 * Obsidian loads it (CommonJS with a `require` that knows only "obsidian"). Driven by test/browser/*.test.ts.
 */
import * as obsidian from "../fakes/obsidian";
import { App, Component, Editor, MarkdownView, MemoryStore, QueryController, installDomHelpers, type BasesView } from "../fakes/obsidian";
import type { BasesViewRegistration } from "../fakes/bases";
import { runBase } from "./fakeBase";

interface PluginLike extends Component {
  index: { whenReady(): Promise<void> };
  codeBlockProcessors: Map<string, (source: string, el: HTMLElement, ctx: unknown) => void>;
  updateSettings(s: Record<string, unknown>): Promise<void>;
  loading: Promise<unknown>;
  basesViews: Map<string, BasesViewRegistration>;
}

/** What a Bases timeline drew, read back from its chart.js instances. */
export interface DrawnTimeline {
  titles: string[];
  labels: string[][];
  series: string[][];
  /** Per chart, per label: [from, to] in years, from whichever series holds it. */
  ranges: ([number, number] | null)[][];
  legend: string[];
  notes: string[];
  pixels: number[];
}

export interface BlockResult {
  note: string;
  language: string;
  source: string;
  chartPixels: number | null;
  verdict: string | null;
  message: string | null;
}

/**
 * Every canvas anything asked for a context; chart.js marks a canvas it holds with `$chartjs` and removes the mark in
 * destroy(), so the marked ones are the charts still alive, attached to the page or not (a leak shows either way).
 */
const canvases = new Set<HTMLCanvasElement>();
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
  canvases.add(this);
  return getContext.apply(this, args);
} as typeof getContext;

const BLOCK = /```(rotation-chart|rotation-classify)\n([\s\S]*?)```/g;

class Harness {
  /** How long the plugin's onload took (the bench reports it). */
  onloadMs = 0;
  /** The longest main-thread task seen since observeLongTasks() (0 when none passed 50 ms). */
  longestTaskMs = 0;
  /** How long the first scan took, from layout-ready to index ready. */
  scanMs = 0;

  /** Record main-thread tasks over 50 ms, as the browser reports them. */
  observeLongTasks(): void {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) this.longestTaskMs = Math.max(this.longestTaskMs, e.duration);
    }).observe({ type: "longtask", buffered: false });
  }
  app!: App;
  plugin!: PluginLike;
  private readonly parent = new Component();
  private readonly blocks: { note: string; language: string; source: string; el: HTMLElement }[] = [];

  /** main.js arrives as a <script> defining window.mainFactory(module, exports, require), the CommonJS wrapper Obsidian uses. */
  async start(manifest: unknown, files: Record<string, string>, asOf: string): Promise<void> {
    installDomHelpers(window);
    const module = { exports: {} as Record<string, unknown> };
    const require = (name: string): unknown => {
      if (name === "obsidian") return obsidian;
      throw new Error(`main.js required "${name}", which Obsidian does not provide`);
    };
    (window as unknown as { mainFactory: (m: unknown, e: unknown, r: unknown) => void }).mainFactory(module, module.exports, require);
    const Plugin = (module.exports.default ?? module.exports) as new (app: App, m: unknown) => PluginLike;
    this.app = new App(new MemoryStore(files));
    this.plugin = new Plugin(this.app, manifest);
    const loadStart = performance.now();
    this.plugin.load();
    await this.plugin.loading;
    this.onloadMs = performance.now() - loadStart;
    await this.plugin.updateSettings({ asOfOverride: asOf, autoRefresh: false, chartAnimation: false });
    this.parent.load();
    const t0 = performance.now();
    this.app.workspace.triggerLayoutReady();
    await new Promise((r) => setTimeout(r, 0));
    await this.plugin.index.whenReady();
    this.scanMs = performance.now() - t0;
  }

  /** Render every rotation block of the given notes into the page, as Obsidian's reading view would. */
  renderNotes(paths: string[]): number {
    for (const note of paths) {
      const text = this.app.vault.textOf(this.app.vault.getFileByPath(note)!);
      for (const m of text.matchAll(BLOCK)) this.renderBlock(note, m[1], m[2]);
    }
    return this.blocks.length;
  }

  renderBlock(note: string, language: string, source: string): HTMLElement {
    const section = document.body.createDiv({ cls: "harness-block" });
    section.createDiv({ cls: "harness-caption", text: `${note} — ${language}` });
    const el = section.createDiv();
    const ctx = {
      sourcePath: note,
      docId: note,
      frontmatter: null,
      addChild: (c: Component) => this.parent.addChild(c),
      getSectionInfo: () => null,
    };
    this.plugin.codeBlockProcessors.get(language)?.(source, el, ctx);
    this.blocks.push({ note, language, source, el });
    return el;
  }

  /** Wait for async draws, then report what each block shows. */
  async results(): Promise<BlockResult[]> {
    await this.settled(this.blocks.map((b) => b.el));
    return this.blocks.map(({ note, language, source, el }) => ({
      note,
      language,
      source,
      chartPixels: canvasPixels(el.querySelector("canvas")),
      verdict: el.querySelector(".rotation-lens-verdict-label")?.textContent ?? null,
      message: el.querySelector(".rotation-lens-message")?.textContent ?? null,
    }));
  }

  /** Wait until every block shows a chart, a verdict or a message (or 5 s pass), then one more turn for drawing. */
  async settled(els: HTMLElement[]): Promise<void> {
    const done = (): boolean => els.every((el) => el.querySelector("canvas, .rotation-lens-verdict, .rotation-lens-message") !== null);
    for (let waited = 0; !done() && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 20));
  }

  /** Milliseconds from handing a block to its processor until it shows a chart or a verdict. */
  async timeBlock(note: string, language: string, source: string): Promise<number> {
    const t0 = performance.now();
    const el = this.renderBlock(note, language, source);
    const done = (): boolean => el.querySelector("canvas, .rotation-lens-verdict, .rotation-lens-message") !== null;
    // Blocks draw after a few promise turns; spin on microtasks first so timer clamping does not inflate the figure.
    for (let i = 0; i < 10_000 && !done(); i++) await Promise.resolve();
    while (!done()) await new Promise((r) => setTimeout(r, 0));
    return performance.now() - t0;
  }

  controller: QueryController | null = null;
  baseView: BasesView | null = null;

  /** Open a `.base` file's view as Bases would: the registered Rotation timeline, over the vault's current notes. */
  openBase(baseText: string, viewName?: string): HTMLElement {
    const registration = this.plugin.basesViews.get("rotation-lens-timeline");
    if (!registration) throw new Error("the Rotation timeline view is not registered");
    const { config, result } = runBase(this.app, baseText, viewName);
    this.controller?.unload();
    this.controller = new QueryController(this.app, config, result);
    this.controller.load();
    const section = document.body.createDiv({ cls: "harness-block harness-base" });
    section.createDiv({ cls: "harness-caption", text: `Rotations.base — ${config.name}` });
    const el = section.createDiv({ cls: "harness-base-view" });
    this.baseView = this.controller.mount(registration, el);
    return el;
  }

  /** The base closed: its views unload (and must release their charts). */
  closeBase(): void {
    this.controller?.unload();
    this.controller = null;
  }

  /** The vault or the base changed: Bases runs the query again and hands the view the new result. */
  rerunBase(baseText: string, viewName?: string): void {
    this.controller?.update(runBase(this.app, baseText, viewName).result);
  }

  /**
   * Run "Create an episode note from this row" with the cursor on the first line of `note` holding `rowText`; resolves
   * once the note exists.
   */
  async promote(note: string, rowText: string): Promise<string | null> {
    const file = this.app.vault.getFileByPath(note)!;
    const text = this.app.vault.textOf(file);
    const editor = new Editor(text, { line: text.split("\n").findIndex((l) => l.includes(rowText)), ch: 2 });
    const before = new Set(this.app.vault.getMarkdownFiles().map((f) => f.path));
    const command = (
      this.plugin as unknown as { commands: Map<string, { editorCallback(e: Editor, v: MarkdownView): unknown }> }
    ).commands.get("promote-row")!;
    command.editorCallback(editor, new MarkdownView(file, editor));
    for (let waited = 0; waited < 2000; waited += 10) {
      const added = this.app.vault.getMarkdownFiles().find((f) => !before.has(f.path));
      if (added) return added.path;
      await new Promise((r) => setTimeout(r, 10));
    }
    return null;
  }

  async addNote(path: string, text: string): Promise<void> {
    await this.app.vault.create(path, text);
  }

  /** The charts the open timeline shows (with their chart.js instances, which the view keeps). */
  private timelineCharts(): {
    data: { labels: string[]; datasets: { label: string; data: ([number, number] | null)[] }[] };
    canvas: HTMLCanvasElement;
    getDatasetMeta(i: number): { data: { getCenterPoint(): { x: number; y: number } }[] };
  }[] {
    return (this.baseView as unknown as { charts: never[] } | null)?.charts ?? [];
  }

  drawnTimeline(): DrawnTimeline {
    const charts = this.timelineCharts();
    const root = [...document.querySelectorAll(".harness-base-view")].at(-1) ?? document.body;
    return {
      titles: [...root.querySelectorAll(".rotation-lens-chart-title")].map((e) => e.textContent ?? ""),
      labels: charts.map((c) => c.data.labels),
      series: charts.map((c) => c.data.datasets.map((d) => d.label)),
      ranges: charts.map((c) => c.data.labels.map((_, i) => c.data.datasets.map((d) => d.data[i]).find((r) => r) ?? null)),
      legend: [...root.querySelectorAll(".rotation-lens-chart-legend-item")].map((e) => e.textContent ?? ""),
      notes: [...root.querySelectorAll(".rotation-lens-chart-note")].map((e) => e.textContent ?? ""),
      pixels: charts.map((c) => canvasPixels(c.canvas) ?? 0),
    };
  }

  /** Where on the page the `nth` bar labelled `label` of chart `chart` is drawn (its centre), for a click or a hover. */
  barPoint(chart: number, label: string, nth = 0): { x: number; y: number } {
    const c = this.timelineCharts()[chart];
    const i = c.data.labels.map((l, k) => (l === label ? k : -1)).filter((k) => k >= 0)[nth];
    const d = c.data.datasets.findIndex((ds) => ds.data[i]);
    const p = c.getDatasetMeta(d).data[i].getCenterPoint();
    const box = c.canvas.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /** Lines of the hover text chart `chart` of the open timeline shows now (drawn as elements beside its canvas). */
  tooltipLines(chart: number): string[] {
    const box = this.timelineCharts()[chart]?.canvas.parentElement;
    const tip = box?.querySelector(".rotation-lens-chart-tooltip");
    return tip && !tip.hasClass("is-hidden") ? [...tip.children].map((c) => c.textContent ?? "") : [];
  }

  setTheme(dark: boolean): void {
    document.body.className = dark ? "theme-dark" : "theme-light";
    this.app.workspace.trigger("css-change");
  }

  /** Chart instances alive right now: re-renders and unloads must not leak them. */
  liveChartCount(): number {
    return [...canvases].filter((c) => "$chartjs" in c).length;
  }

  /** Unload every block (a note closed), so leaks would show in liveChartCount. */
  unloadBlocks(): void {
    this.parent.unload();
    this.parent.load();
  }
}

/** Pixels a chart painted (non-transparent), or null without a canvas. */
function canvasPixels(canvas: HTMLCanvasElement | null): number | null {
  if (!canvas) return null;
  const ctx = canvas.getContext("2d");
  if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++;
  return n;
}

(window as unknown as { harness: Harness }).harness = new Harness();
