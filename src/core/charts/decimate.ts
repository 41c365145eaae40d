/**
 * Long series thinned before drawing. A chart a few hundred pixels wide cannot show ten thousand points,
 * and chart.js spends time on each one; chart.js's own decimation skips category axes, which table
 * charts use, so the thinning happens here, where it can be tested.
 */
import type { ChartData } from "./chartData";

/** Most points a chart draws. */
export const MAX_DRAWN_POINTS = 1000;

export interface Decimated {
  chart: ChartData;
  /** How many points the data had, when fewer are drawn; null when all are. */
  of: number | null;
}

export function decimate(chart: ChartData, max: number = MAX_DRAWN_POINTS): Decimated {
  const n = chart.labels.length;
  if (n <= max) return { chart, of: null };
  const keep = keptIndices(chart, max);
  const pick = <T>(values: T[]): T[] => keep.map((i) => values[i]);
  const thinned: ChartData = {
    ...chart,
    labels: pick(chart.labels),
    series: chart.series.map((s) => ({ ...s, values: pick(s.values), ...(s.ranges ? { ranges: pick(s.ranges) } : {}) })),
  };
  if (chart.xValues) thinned.xValues = pick(chart.xValues);
  return { chart: thinned, of: n };
}

/**
 * Points cut into equal stretches; of each stretch the first point and every series' lowest and highest
 * value are kept, in order, so a one-day spike still shows.
 */
function keptIndices(chart: ChartData, max: number): number[] {
  const n = chart.labels.length;
  const perStretch = 1 + 2 * chart.series.length;
  const stretches = Math.max(1, Math.floor(max / perStretch));
  const keep = new Set<number>();
  for (let b = 0; b < stretches; b++) {
    const from = Math.floor((b * n) / stretches);
    const to = Math.floor(((b + 1) * n) / stretches);
    keep.add(from);
    for (const s of chart.series) for (const i of extremes(s.values, from, to)) keep.add(i);
  }
  return [...keep].sort((a, b) => a - b);
}

/** Indices of the lowest and highest numbers in values[from, to); none when the stretch is all gaps. */
function extremes(values: (number | null)[], from: number, to: number): number[] {
  let lo = -1;
  let hi = -1;
  for (let i = from; i < to; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (lo === -1 || v < (values[lo] as number)) lo = i;
    if (hi === -1 || v > (values[hi] as number)) hi = i;
  }
  return lo === -1 ? [] : [lo, hi];
}
