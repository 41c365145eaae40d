/** The `rotation-chart` block: a live chart.js chart of a table or of the vault's episodes. */
import type { Chart } from "chart.js";
import { readBlockYaml } from "../../core/blocks/blockYaml";
import type { ChartData } from "../../core/blocks/chartData";
import { readChartSpec, type TableChartSpec } from "../../core/blocks/chartSpec";
import { decimate } from "../../core/blocks/decimate";
import { episodeSeries } from "../../core/blocks/episodeSeries";
import { selectTable } from "../../core/blocks/selectTable";
import { tableSeries } from "../../core/blocks/tableSeries";
import { LiveBlock } from "./liveBlock";
import { renderMessage } from "./message";
import { renderChart } from "./chartRenderer";
import { renderChartLegend, renderChartTitle } from "./chartLegend";
import { readThemeColors } from "./themeColors";

/** Live Chart instances, so tests can check that none outlive their blocks. */
export const liveCharts = new Set<Chart>();

export class ChartBlock extends LiveBlock {
  private chart: Chart | null = null;
  private lastData: ChartData | null = null;
  private shownKey: string | null = null;

  override onload(): void {
    super.onload();
    // Theme colours are read at draw time, so a theme switch needs a redraw.
    this.registerEvent(this.plugin.app.workspace.on("css-change", () => this.redrawChart()));
  }

  protected async draw(): Promise<void> {
    const yaml = readBlockYaml(this.source);
    if (!yaml.ok) return this.fail("Chart settings cannot be read", yaml.error);
    const spec = readChartSpec(yaml.data);
    if (!spec.ok) return this.fail("Chart settings need a fix", spec.error);
    if (spec.spec.data === "episodes") {
      this.readsEpisodes = true;
      await this.plugin.index.whenReady();
      const episodes = this.plugin.index.notes.episodeIndex.episodes(this.plugin.asOf());
      const result = episodeSeries(episodes, spec.spec);
      return result.ok ? this.show(result.chart) : this.fail("Nothing to chart", result.error);
    }
    await this.drawTable(spec.spec);
  }

  private async drawTable(spec: TableChartSpec): Promise<void> {
    const note = await this.noteFor(spec.source.note);
    if (!note) return this.fail("Source note not found", `No note "${spec.source.note}" in this vault.`, "Check the name in source:, for example source: \"[[Sector Rotation#Historical rotations]]\".");
    const pick = selectTable(note, spec.source, spec.table);
    if (!pick.ok) return this.fail("Table not found", pick.error);
    const result = tableSeries(pick.table, spec, note.title);
    return result.ok ? this.show(result.chart) : this.fail("Nothing to chart", result.error);
  }

  private show(data: ChartData): void {
    // A save of the note that changes nothing this chart shows leaves the chart alone (no flicker while typing).
    const key = JSON.stringify(data);
    if (this.chart && key === this.shownKey) return;
    this.teardown();
    this.shownKey = key;
    this.lastData = data;
    const drawn = decimate(data);
    const colors = readThemeColors(this.containerEl);
    renderChartTitle(this.containerEl, drawn.chart);
    const box = this.containerEl.createDiv({ cls: "rotation-lens-chart" });
    this.chart = renderChart(box, drawn.chart, { colors, animation: this.plugin.settings.chartAnimation });
    renderChartLegend(this.containerEl, drawn.chart, colors);
    liveCharts.add(this.chart);
    if (drawn.of !== null) {
      const shown = drawn.chart.labels.length.toLocaleString();
      this.containerEl.createDiv({ cls: "rotation-lens-chart-note", text: `${shown} of ${drawn.of.toLocaleString()} points drawn: the first, lowest and highest of each stretch.` });
    }
  }

  private redrawChart(): void {
    // The theme changed: same data, new colours, so draw again whatever the data.
    this.shownKey = null;
    if (this.lastData) this.show(this.lastData);
  }

  private fail(title: string, detail: string, hint?: string): void {
    this.teardown();
    this.shownKey = null;
    renderMessage(this.containerEl, title, detail, hint);
  }

  protected override teardown(): void {
    if (this.chart) {
      this.chart.destroy();
      liveCharts.delete(this.chart);
      this.chart = null;
    }
    this.lastData = null;
    super.teardown();
  }
}
