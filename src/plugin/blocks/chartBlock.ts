/** The `rotation-chart` block: a live chart.js chart of a table or of the vault's episodes. */
import type { Chart } from "chart.js";
import type { ChartData } from "../../core/charts/chartData";
import { decimate } from "../../core/charts/decimate";
import { evaluateChart } from "../../core/charts/evaluateChart";
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
    const outcome = await evaluateChart(this.source, this.context());
    return outcome.ok ? this.show(outcome.chart) : this.fail(outcome.title, outcome.detail, outcome.hint);
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
    // A row per bar when bars run left to right, so their labels never collide.
    if (drawn.chart.horizontal) box.setCssProps({ "--rotation-lens-chart-height": `${Math.max(240, 22 * drawn.chart.labels.length + 80)}px` });
    this.chart = renderChart(box, drawn.chart, { colors, animation: this.plugin.settings.chartAnimation });
    renderChartLegend(this.containerEl, drawn.chart, colors);
    liveCharts.add(this.chart);
    if (drawn.chart.note) this.containerEl.createDiv({ cls: "rotation-lens-chart-note", text: drawn.chart.note });
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
