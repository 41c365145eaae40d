/** A chart's title and legend as plain elements around its canvas: text the theme styles, one swatch per series. */
import type { ChartData } from "../../core/charts/chartData";
import type { ThemeColors } from "./themeColors";

export function renderChartTitle(parent: HTMLElement, data: ChartData): void {
  if (data.title !== null && data.title !== "") parent.createDiv({ cls: "rotation-lens-chart-title", text: data.title });
}

/** Only for two or more series: one series is named by the title and the axis. */
export function renderChartLegend(parent: HTMLElement, data: ChartData, colors: ThemeColors): void {
  if (data.series.length < 2) return;
  const legend = parent.createDiv({ cls: "rotation-lens-chart-legend" });
  data.series.forEach((s, i) => {
    const item = legend.createSpan({ cls: "rotation-lens-chart-legend-item" });
    // The series colour is data, not style: passed as a CSS variable the stylesheet reads.
    const swatch = item.createSpan({
      cls: s.open ? "rotation-lens-chart-swatch rotation-lens-chart-swatch-open" : "rotation-lens-chart-swatch",
    });
    swatch.setCssProps({ "--rotation-lens-swatch": colors.palette[i % colors.palette.length] });
    item.createSpan({ text: s.label });
  });
}
