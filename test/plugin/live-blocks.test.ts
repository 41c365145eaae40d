/** @jest-environment jsdom */
import { Component } from "../fakes/obsidian";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { loadPlugin, started as startedIn, flush, startUp, until, type Loaded } from "../harness/testApp";

type Processor = (source: string, el: HTMLElement, ctx: unknown) => void;

const started = (): Promise<Loaded> => startedIn(EXAMPLE_VAULT);

function render(l: Loaded, note: string, language: string, source: string): { el: HTMLElement; parent: Component } {
  const parent = new Component();
  parent.load();
  const el = document.createElement("div");
  const processor = (l.plugin as unknown as { codeBlockProcessors: Map<string, Processor> }).codeBlockProcessors.get(language)!;
  processor(source, el, { sourcePath: note, addChild: (c: Component) => parent.addChild(c), getSectionInfo: () => null });
  return { el, parent };
}

const BREADTH = 'classifier: breadth\nindex: "[[Dispersion watch#Breadth on Jan 14, 2026]] S&P 500 > Change"\nup: 300\ntotal: 500';

describe("live classifier blocks", () => {
  it("redraw when a note they read changes, and only then", async () => {
    const l = await started();
    const { el } = render(l, "Sector Rotation.md", "rotation-classify", BREADTH);
    await until(() => el.querySelector(".rotation-lens-verdict-label") !== null);
    expect(el.querySelector(".rotation-lens-verdict-label")?.textContent).toBe("Rotation");
    const labelEl = el.querySelector(".rotation-lens-verdict-label");

    await l.app.vault.userEdit(
      "Energy rotation 2022.md",
      `${l.app.vault.textOf(l.app.vault.getFileByPath("Energy rotation 2022.md")!)}\nMore.\n`,
    );
    await l.plugin.index.flush();
    await flush(10);
    expect(el.querySelector(".rotation-lens-verdict-label")).toBe(labelEl);

    // A save of the note it reads that leaves its inputs alone keeps the card as it is.
    const before = l.app.vault.textOf(l.app.vault.getFileByPath("Dispersion watch.md")!);
    await l.app.vault.userEdit("Dispersion watch.md", `${before}\nA new paragraph.\n`);
    await l.plugin.index.flush();
    await flush(10);
    expect(el.querySelector(".rotation-lens-verdict-label")).toBe(labelEl);

    const watch = l.app.vault.textOf(l.app.vault.getFileByPath("Dispersion watch.md")!);
    await l.app.vault.userEdit("Dispersion watch.md", watch.replace("| S&P 500 | -0.53% |", "| S&P 500 | +0.40% |"));
    await l.plugin.index.flush();
    await until(() => el.querySelector(".rotation-lens-verdict-label")?.textContent === "Healthy rally");
  });

  it("release their subscriptions when they leave the view", async () => {
    const l = await started();
    const before = (l.plugin.index as unknown as { listeners: Set<unknown> }).listeners.size;
    const { parent } = render(l, "Sector Rotation.md", "rotation-classify", BREADTH);
    expect((l.plugin.index as unknown as { listeners: Set<unknown> }).listeners.size).toBe(before + 1);
    parent.unload();
    expect((l.plugin.index as unknown as { listeners: Set<unknown> }).listeners.size).toBe(before);
  });

  it("show what to fix inside the block, as text", async () => {
    const l = await started();
    const { el } = render(l, "Sector Rotation.md", "rotation-classify", 'rules: "[[Nowhere]]"\ninputs:\n  Index: Down');
    const bad = render(
      l,
      "Sector Rotation.md",
      "rotation-classify",
      "classifier: breadth\nindex: <script>alert(1)</script>\nup: 1\ntotal: 2",
    );
    await until(() => el.querySelector(".rotation-lens-message") !== null && bad.el.querySelector(".rotation-lens-message") !== null);
    expect(el.textContent).toMatch(/rules: no note "Nowhere" in this vault/);
    expect(bad.el.textContent).toMatch(/is not a number/);
    expect(bad.el.querySelectorAll("script").length).toBe(0);
  });
});

describe("a block drawn before the vault is read", () => {
  it("says it is reading the vault, then draws from the scan's episodes", async () => {
    const l = await loadPlugin(EXAMPLE_VAULT);
    await l.plugin.updateSettings({ asOfOverride: "2026-03-01", autoRefresh: false });
    const { el } = render(l, "Sector Rotation.md", "rotation-chart", "data: episodes\ntype: duration");
    await flush(10);
    expect(el.textContent).toBe("Reading the vault's notes…");
    await startUp(l);
    await until(() => !el.textContent?.includes("Reading the vault"));
    expect(el.textContent).toMatch(/Duration by episode \(months\)/);
  });
});
