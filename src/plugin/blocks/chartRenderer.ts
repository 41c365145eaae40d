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
  type ActiveElement,
  type ChartConfiguration,
  type ChartDataset,
} from "chart.js";
import type { ChartData, ChartSeries } from "../../core/charts/chartData";
import { formatValue, pointText } from "../../core/charts/formatValue";
import { ChartTooltip } from "./chartTooltip";
import type { ThemeColors } from "./themeColors";

// Registering only what the blocks use keeps main.js small; the title and legend are drawn as DOM (chartLegend.ts), about 10 KB less.
// Hover text is ours too (chartTooltip.ts): chart.js's Tooltip plugin would add about 17 KB.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, ScatterController, CategoryScale, LinearScale);

/** Series longer than this are drawn as lines without dots, and their axis labels are measured on a sample. */
const MANY_POINTS = 200;

export interface RenderOptions {
  colors: ThemeColors;
  animation: boolean;
}

/** Draws into a canvas inside `box` (which holds the hover text too). */
export function renderChart(box: HTMLElement, data: ChartData, opts: RenderOptions): Chart {
  const canvas = box.createEl("canvas");
  const tooltip = new ChartTooltip(box);
  const config = chartConfig(data, opts);
  config.options = {
    ...config.options,
    onHover: (event, elements: ActiveElement[]) => {
      const hit = elements[0];
      if (!hit || event.x === null || event.y === null) return tooltip.hide();
      const raw = (hit.element as { $context?: { raw?: { k?: number } } }).$context?.raw;
      tooltip.show(pointText(data, hit.datasetIndex, raw?.k ?? hit.index), event.x, event.y);
    },
  };
  return new Chart(canvas, config);
}

export function chartConfig(data: ChartData, opts: RenderOptions): ChartConfiguration {
  const { colors } = opts;
  const scatter = data.xValues !== undefined;
  const datasets = data.series.map((s, i) => dataset(s, i, data, colors));
  const tick = { color: colors.muted, callback: (v: number | string) => formatValue(v, data.unit) };
  // chart.js measures every category label to decide which to skip; a sample of them decides as well.
  // Bars running left to right get a row each (the block grows to fit), so no episode's label is skipped.
  const labelTicks = {
    color: colors.muted,
    ...(data.labels.length > MANY_POINTS ? { sampleSize: 50 } : {}),
    ...(data.horizontal ? { autoSkip: false } : {}),
  };
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
        x: {
          stacked: data.stacked,
          ticks: data.horizontal ? tick : labelTicks,
          grid: { color: colors.grid },
          title: axisTitle(data.horizontal ? valueTitle : labelTitle, colors),
          ...(data.horizontal ? range : {}),
        },
        y: {
          stacked: data.stacked,
          ticks: data.horizontal ? labelTicks : tick,
          grid: { color: colors.grid },
          title: axisTitle(data.horizontal ? labelTitle : valueTitle, colors),
          ...(data.horizontal ? {} : range),
        },
      },
    },
  };
}

function dataset(s: ChartSeries, i: number, data: ChartData, colors: ThemeColors): Record<string, unknown> {
  const color = colors.palette[i % colors.palette.length];
  const base = { label: s.label, borderColor: color, backgroundColor: color, spanGaps: false };
  if (data.xValues !== undefined) {
    // `k` keeps each point's row, so its hover text names the right label once gaps are dropped.
    const points = s.values.map((y, k) => ({ x: data.xValues?.[k] ?? null, y, k })).filter((p) => p.x !== null && p.y !== null);
    return { ...base, type: "scatter", data: points };
  }
  // Range series share their rows (an episode is in one of them): drawn full width, not side by side; ongoing ones as outlines.
  if (s.ranges)
    return {
      ...base,
      type: "bar",
      data: s.ranges,
      grouped: false,
      ...(s.open ? { backgroundColor: "transparent", borderWidth: 2, borderSkipped: false } : {}),
    };
  // A series drawn as a line over bars (a benchmark) is drawn on top.
  // Past a few hundred points the dots merge into the line; drawing them only costs time (they still show on hover).
  if (s.kind === "line")
    return {
      ...base,
      type: "line",
      data: s.values,
      backgroundColor: "transparent",
      order: 0,
      pointRadius: s.values.length > MANY_POINTS ? 0 : 2,
    };
  return { ...base, type: "bar", data: s.values, order: 1 };
}

function axisTitle(text: string | undefined, colors: ThemeColors): { display: boolean; text: string; color: string } {
  return { display: text !== undefined && text !== "", text: text ?? "", color: colors.muted };
}
