/** The `rotation-chart` block: a live chart.js chart of a table or of the vault's episodes. */
import type { Chart } from "chart.js";
import type { ChartData } from "../../core/charts/chartData";
import { evaluateChart } from "../../core/charts/evaluateChart";
import { LiveBlock } from "./liveBlock";
import { renderMessage } from "./message";
import { drawChartView } from "./chartView";
import { readThemeColors } from "./themeColors";

export class ChartBlock extends LiveBlock {
  private chart: Chart | null = null;
  private lastData: ChartData | null = null;
  private shownKey: string | null = null;

  override onload(): void {
    super.onload();
    // Theme colours are read at draw time, so a theme switch needs a redraw.
    this.registerEvent(this.lens.app.workspace.on("css-change", () => this.redrawChart()));
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
    this.chart = drawChartView(this.containerEl, data, readThemeColors(this.containerEl), this.lens.settings.chartAnimation);
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
      this.chart = null;
    }
    this.lastData = null;
    super.teardown();
  }
}
