/** Draws core ChartData with chart.js on a canvas, coloured by the theme; returns the Chart so its owner can destroy it. */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
} from "chart.js";
import type { ChartData, ChartSeries } from "../../core/blocks/chartData";
import type { ThemeColors } from "./themeColors";

// Registering only what the blocks use keeps main.js small; the title and legend are drawn as DOM (chartLegend.ts), about 10 KB less.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, ScatterController, CategoryScale, LinearScale, Tooltip);

/** Series longer than this are drawn as lines without dots, and their axis labels are measured on a sample. */
const MANY_POINTS = 200;

export interface RenderOptions {
  colors: ThemeColors;
  animation: boolean;
}

export function renderChart(canvas: HTMLCanvasElement, data: ChartData, opts: RenderOptions): Chart {
  return new Chart(canvas, chartConfig(data, opts));
}

export function chartConfig(data: ChartData, opts: RenderOptions): ChartConfiguration {
  const { colors } = opts;
  const scatter = data.xValues !== undefined;
  const datasets = data.series.map((s, i) => dataset(s, i, data, colors));
  const tick = { color: colors.muted, callback: (v: number | string) => formatTick(v, data.unit) };
  // chart.js measures every category label to decide which to skip; a sample of them decides as well.
  // Bars running left to right get a row each (the block grows to fit), so no episode's label is skipped.
  const labelTicks = { color: colors.muted, ...(data.labels.length > MANY_POINTS ? { sampleSize: 50 } : {}), ...(data.horizontal ? { autoSkip: false } : {}) };
  const labelTitle = data.axes?.label;
  const valueTitle = data.axes?.value;
  const range = data.valueRange ? { min: data.valueRange[0], max: data.valueRange[1] } : {};
  return {
    type: scatter ? "scatter" : "bar",
    data: { labels: scatter ? undefined : data.labels, datasets: datasets as unknown as ChartDataset<"bar">[] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: opts.animation ? undefined : false,
      indexAxis: data.horizontal ? "y" : "x",
      parsing: scatter ? false : undefined,
      scales: {
        x: { stacked: data.stacked, ticks: data.horizontal ? tick : labelTicks, grid: { color: colors.grid }, title: axisTitle(data.horizontal ? valueTitle : labelTitle, colors), ...(data.horizontal ? range : {}) },
        y: { stacked: data.stacked, ticks: data.horizontal ? labelTicks : tick, grid: { color: colors.grid }, title: axisTitle(data.horizontal ? labelTitle : valueTitle, colors), ...(data.horizontal ? {} : range) },
      },
    },
  };
}

function dataset(s: ChartSeries, i: number, data: ChartData, colors: ThemeColors): Record<string, unknown> {
  const color = colors.palette[i % colors.palette.length];
  const base = { label: s.label, borderColor: color, backgroundColor: color, spanGaps: false };
  if (data.xValues !== undefined) {
    const points = s.values.map((y, k) => ({ x: data.xValues?.[k] ?? null, y })).filter((p) => p.x !== null && p.y !== null);
    return { ...base, type: "scatter", data: points };
  }
  // Range series share their rows (an episode is in one of them): drawn full width, not side by side; ongoing ones as outlines.
  if (s.ranges) return { ...base, type: "bar", data: s.ranges, grouped: false, ...(s.open ? { backgroundColor: "transparent", borderWidth: 2, borderSkipped: false } : {}) };
  // A series drawn as a line over bars (a benchmark) is drawn on top.
  // Past a few hundred points the dots merge into the line; drawing them only costs time (they still show on hover).
  if (s.kind === "line") return { ...base, type: "line", data: s.values, backgroundColor: "transparent", order: 0, pointRadius: s.values.length > MANY_POINTS ? 0 : 2 };
  return { ...base, type: "bar", data: s.values, order: 1 };
}

function axisTitle(text: string | undefined, colors: ThemeColors): { display: boolean; text: string; color: string } {
  return { display: text !== undefined && text !== "", text: text ?? "", color: colors.muted };
}

function formatTick(v: number | string, unit: string | null): string {
  if (typeof v !== "number") return v;
  if (unit === "year") return String(Math.round(v));
  if (unit === "$") return `$${compact(v)}`;
  if (unit === "%" || unit === "pp" || unit === "x") return `${compact(v)}${unit}`;
  return compact(v);
}

function compact(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e12) return `${round(n / 1e12)}T`;
  if (a >= 1e9) return `${round(n / 1e9)}B`;
  if (a >= 1e6) return `${round(n / 1e6)}M`;
  if (a >= 1e3) return `${round(n / 1e3)}K`;
  return String(round(n));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
