/**
 * The page the CLI draws chart PNGs in (bundled to dist/chart-page.js): the plugin's own chart view over data the CLI
 * evaluated in Node.
 */
import type { Chart } from "chart.js";
import type { ChartData } from "../../core/charts/chartData";
import { drawChartView } from "../../plugin/blocks/chartView";
import { readThemeColors } from "../../plugin/blocks/themeColors";
import { installDomHelpers } from "./obsidianDom";

/** What the CLI calls on the page (through playwright), one chart at a time. */
export interface ChartPage {
  draw(data: ChartData, dark: boolean): Promise<void>;
}

installDomHelpers(window);
let shown: Chart | null = null;

async function draw(data: ChartData, dark: boolean): Promise<void> {
  document.body.className = dark ? "theme-dark" : "theme-light";
  shown?.destroy();
  const el = document.getElementById("chart");
  if (!el) throw new Error("the chart page has no #chart element");
  el.empty();
  shown = drawChartView(el, data, readThemeColors(el), false);
  // chart.js may resize once the canvas is laid out: two frames, and the picture is final.
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
}

(window as unknown as { rotationLensChart: ChartPage }).rotationLensChart = { draw };
