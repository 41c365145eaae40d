/** Metrics over a series of numbers with labels (months, years, members): streaks, a value's share, best-minus-worst spread. */

export interface Run {
  length: number;
  /** Labels of the run's first and last values; null for an empty run or missing labels. */
  from: string | null;
  to: string | null;
}

/** Longest run of consecutive positive values, and the run still going at the end. A gap (null) or a value ≤ 0 breaks a run. */
export function positiveStreaks(values: (number | null)[], labels: string[] = []): { longest: Run; current: Run } {
  const run = (start: number, length: number): Run =>
    length === 0 ? { length: 0, from: null, to: null } : { length, from: labels[start] ?? null, to: labels[start + length - 1] ?? null };
  let best = { start: 0, length: 0 };
  let start = 0;
  let length = 0;
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v) && v > 0) {
      if (length === 0) start = i;
      length++;
      if (length > best.length) best = { start, length };
    } else length = 0;
  });
  return { longest: run(best.start, best.length), current: run(start, length) };
}

export interface Share {
  label: string | null;
  value: number;
  /** Sum of every other value in the series. */
  others: number;
  /** value ÷ others: 0.84 for December's ~$38M against January–November's ~$45M. */
  ratio: number | null;
  /** value ÷ (value + others). */
  shareOfTotal: number | null;
}

/** One value against the rest of its series (December against January–November). */
export function shareOf(values: (number | null)[], index: number, labels: string[] = []): Share | null {
  const v = values[index];
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  const others = values.reduce<number>((s, x, i) => (i === index || x === null || !Number.isFinite(x) ? s : s + x), 0);
  const total = v + others;
  return {
    label: labels[index] ?? null,
    value: v,
    others: round(others),
    ratio: others !== 0 ? round(v / others) : null,
    shareOfTotal: total !== 0 ? round(v / total) : null,
  };
}

export interface Spread {
  best: { label: string | null; value: number };
  worst: { label: string | null; value: number };
  spread: number;
}

/** Best minus worst of a series: the gap between the leader and the laggard. */
export function spread(values: (number | null)[], labels: string[] = []): Spread | null {
  let best = -1;
  let worst = -1;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return;
    if (best === -1 || v > (values[best] as number)) best = i;
    if (worst === -1 || v < (values[worst] as number)) worst = i;
  });
  if (best === -1) return null;
  const b = values[best] as number;
  const w = values[worst] as number;
  return { best: { label: labels[best] ?? null, value: b }, worst: { label: labels[worst] ?? null, value: w }, spread: round(b - w) };
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
