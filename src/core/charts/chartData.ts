/** The renderer-neutral shape of a chart: what chart.js is given, computed in core so it can be tested without a canvas. */

export type SeriesKind = "bar" | "line" | "scatter";

export interface ChartSeries {
  label: string;
  kind: SeriesKind;
  /** One value per label; null is a gap (`—` in the note). */
  values: (number | null)[];
  /** Floating bars (timeline): [from, to] per label instead of values. */
  ranges?: ([number, number] | null)[];
  /** Drawn open (an outline, not filled): ongoing episodes, still running at the as-of date. */
  open?: boolean;
}

export interface ChartData {
  title: string | null;
  labels: string[];
  /** Numeric x positions for scatter charts, one per label. */
  xValues?: (number | null)[];
  series: ChartSeries[];
  stacked: boolean;
  /** Bars run left to right (timeline, leaderboard). */
  horizontal: boolean;
  /** Bounds of the value axis when zero is not a sensible origin (years on a timeline). */
  valueRange?: [number, number];
  /** Axis unit shown on ticks: "%", "pp", "$", "months", "x", or "year" (plain year numbers). */
  unit: string | null;
  /** Axis titles: the label (category) axis and the value axis, with its unit. */
  axes?: { label: string; value: string };
  /** A line under the chart saying what it leaves out (episodes before a default window). */
  note?: string;
  /** Where the numbers came from, for the caption under the chart. */
  sourceNote: string;
  sourceLine: number | null;
  /** Lines shown on hover under each label, instead of its bare value (the Bases timeline: an entry's dates and properties). */
  tooltips?: string[][];
}

export type ChartDataResult = { ok: true; chart: ChartData } | { ok: false; error: string };
