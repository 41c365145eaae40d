/** The "Rotation timeline" Bases view: a base's entries drawn by the rotation-chart timeline's own chart code. */
import { BasesView, Keymap, type BasesEntry, type BasesPropertyId, type QueryController } from "obsidian";
import type { Chart } from "chart.js";
import type { ChartData } from "../../core/charts/chartData";
import type { Episode } from "../../core/episodes/types";
import { timelineFromEntries } from "../../core/charts/timelineEntries";
import { renderChartLegend, renderChartTitle } from "../blocks/chartLegend";
import { renderChart } from "../blocks/chartRenderer";
import { readThemeColors } from "../blocks/themeColors";
import type { Lens } from "../lens";
import { toTimelineEntry, type TimelineProps } from "./entryValues";
import { counted } from "../../core/text/plural";

export const TIMELINE_VIEW_ID = "rotation-lens-timeline";

/** Option keys and the episode-note properties they default to. */
export const TIMELINE_DEFAULTS: TimelineProps = { start: "note.start", end: "note.end", label: "note.rotation", colour: "note.type" };

export type TimelineViewClass = new (controller: QueryController, parentEl: HTMLElement) => BasesView;

/** Made on demand: BasesView exists from Obsidian 1.10, so extending it while main.js loads would break older apps. */
export function timelineViewClass(lens: Lens): TimelineViewClass {
  return class RotationTimelineView extends BasesView {
    readonly type = TIMELINE_VIEW_ID;
    private readonly el: HTMLElement;
    private charts: Chart[] = [];

    constructor(controller: QueryController, parentEl: HTMLElement) {
      super(controller);
      this.el = parentEl.createDiv({ cls: "rotation-lens-bases-timeline" });
    }

    override onload(): void {
      // Colours come from the theme at draw time; the fallback colour (the index's rotation type) from the episodes.
      this.registerEvent(this.app.workspace.on("css-change", () => this.onDataUpdated()));
      this.register(
        lens.onChange((c) => {
          if (c.episodesChanged) this.onDataUpdated();
        }),
      );
    }

    override onunload(): void {
      this.clear();
    }

    onDataUpdated(): void {
      this.clear();
      const props = this.props();
      const asOf = lens.asOf();
      const typeOf = episodeTypes(lens.episodesNow());
      const noKeyLabel = `No ${this.config.getDisplayName(props.colour)}`;
      let undated = 0;
      let total = 0;
      for (const group of this.data.groupedData) {
        const entries = group.entries;
        total += entries.length;
        const items = entries.map((e) => toTimelineEntry(this.app, e, props, this.config, this.data.properties, typeOf));
        const title = group.hasKey() ? (group.key?.toString() ?? null) : null;
        const result = timelineFromEntries(items, { title, asOf, sourceNote: this.config.name, noKeyLabel });
        undated += result.undated;
        if (result.chart)
          this.draw(
            result.chart,
            result.entryOf.map((i) => entries[i]),
          );
      }
      if (total === 0) this.el.createDiv({ cls: "rotation-lens-chart-note", text: "No entries match this base's filters." });
      if (undated > 0) {
        const start = this.config.getDisplayName(props.start);
        this.el.createDiv({
          cls: "rotation-lens-chart-note rotation-lens-undated",
          text: `${counted(undated, "entry", "entries")} without dates: each needs a ${start} (and an end unless ongoing) that Rotation Lens can read.`,
        });
      }
    }

    private props(): TimelineProps {
      const pick = (key: keyof TimelineProps): BasesPropertyId => this.config.getAsPropertyId(key) ?? TIMELINE_DEFAULTS[key];
      return { start: pick("start"), end: pick("end"), label: pick("label"), colour: pick("colour") };
    }

    private draw(data: ChartData, entries: BasesEntry[]): void {
      const colors = readThemeColors(this.el);
      renderChartTitle(this.el, data);
      const box = this.el.createDiv({ cls: "rotation-lens-chart rotation-lens-bases-chart" });
      // Rows keep a readable height however many entries there are.
      box.setCssProps({ "--rotation-lens-chart-height": `${Math.max(160, 56 + 24 * data.labels.length)}px` });
      const chart = renderChart(box, data, { colors, animation: lens.settings.chartAnimation });
      const canvas = chart.canvas;
      renderChartLegend(this.el, data, colors);
      this.charts.push(chart);
      // The canvas goes with the next redraw, and its listener with it.
      canvas.addEventListener("click", (evt) => {
        const hit = chart.getElementsAtEventForMode(evt, "nearest", { intersect: true }, false)[0];
        const entry = hit ? entries[hit.index] : undefined;
        if (entry) void this.app.workspace.openLinkText(entry.file.path, "", Keymap.isModEvent(evt));
      });
    }

    private clear(): void {
      for (const chart of this.charts) {
        chart.destroy();
      }
      this.charts = [];
      this.el.empty();
    }
  };
}

/** The rotation type Rotation Lens gave the episode each episode note states (its `rotation` was read there). */
function episodeTypes(episodes: Episode[] | null): Map<string, string> {
  const types = new Map<string, string>();
  for (const e of episodes ?? []) {
    const path = e.fieldSources.rotation?.path;
    if (path !== undefined && !types.has(path)) types.set(path, e.type);
  }
  return types;
}
