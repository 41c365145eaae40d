/**
 * A chart block's picture: title, chart, legend and notes, drawn into an element; the plugin's block and the CLI's PNG
 * page both draw with it.
 */
import type { Chart } from "chart.js";
import type { ChartData } from "../../core/charts/chartData";
import { decimate } from "../../core/charts/decimate";
import { renderChart } from "./chartRenderer";
import { renderChartLegend, renderChartTitle } from "./chartLegend";
import type { ThemeColors } from "./themeColors";

export function drawChartView(el: HTMLElement, data: ChartData, colors: ThemeColors, animation: boolean): Chart {
  const drawn = decimate(data);
  renderChartTitle(el, drawn.chart);
  const box = el.createDiv({ cls: "rotation-lens-chart" });
  // A row per bar when bars run left to right, so their labels never collide.
  if (drawn.chart.horizontal)
    box.setCssProps({ "--rotation-lens-chart-height": `${Math.max(240, 22 * drawn.chart.labels.length + 80)}px` });
  const chart = renderChart(box, drawn.chart, { colors, animation });
  renderChartLegend(el, drawn.chart, colors);
  if (drawn.chart.note) el.createDiv({ cls: "rotation-lens-chart-note", text: drawn.chart.note });
  if (drawn.of !== null) {
    const shown = drawn.chart.labels.length.toLocaleString();
    el.createDiv({
      cls: "rotation-lens-chart-note",
      text: `${shown} of ${drawn.of.toLocaleString()} points drawn: the first, lowest and highest of each stretch.`,
    });
  }
  return chart;
}
