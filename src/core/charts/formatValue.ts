/** Numbers as a chart shows them, on its axis and when a point is hovered: compact (12.5K, 3B) with the chart's unit. */
import type { ChartData } from "./chartData";

export function formatValue(v: number | string, unit: string | null): string {
  if (typeof v !== "number") return v;
  if (unit === "year") return String(Math.round(v));
  if (unit === "$") return money(v);
  if (unit === "%" || unit === "pp" || unit === "x") return `${compact(v)}${unit}`;
  return compact(v);
}

/** What a hovered point says: its label, then the series and its value (a range for timeline bars). */
export function pointText(data: ChartData, series: number, index: number): string[] {
  const s = data.series[series];
  if (!s) return [];
  const label = data.labels[index] ?? "";
  // Lines the chart's maker gave this label (a Bases entry's dates and properties) say more than the bare value.
  const lines = data.tooltips?.[index];
  if (lines && lines.length > 0) return [label, ...lines];
  const range = s.ranges?.[index];
  if (range) return [label, `${formatValue(range[0], data.unit)} – ${formatValue(range[1], data.unit)}`];
  const value = s.values[index];
  const x = data.xValues?.[index];
  const shown = value === null || value === undefined ? "—" : formatValue(value, data.unit);
  return [label, `${s.label}: ${x === undefined || x === null ? "" : `${compact(x)}, `}${shown}`];
}

/** The sign before the dollar, as money is written: -$5M, not $-5M. */
function money(v: number): string {
  const c = compact(v);
  return c.startsWith("-") ? `-$${c.slice(1)}` : `$${c}`;
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
