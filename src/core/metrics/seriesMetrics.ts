/** Metrics over a table's numbers that charts and classifiers use: streaks, a value's share, spreads, members beating a benchmark. */
import type { Table } from "../model/types";

/** Longest run of consecutive positive values and the run still going at the end. Gaps (null) break a run. */
export function positiveStreaks(values: (number | null)[]): { longest: number; current: number; longestEndsAt: number | null } {
  let longest = 0;
  let run = 0;
  let longestEndsAt: number | null = null;
  values.forEach((v, i) => {
    run = v !== null && v > 0 ? run + 1 : 0;
    if (run > longest) [longest, longestEndsAt] = [run, i];
  });
  return { longest, current: run, longestEndsAt };
}

/** One value against the sum of the others before it (December against January–November). */
export function shareOfPrior(values: (number | null)[], index: number): { value: number; prior: number; ratio: number | null } | null {
  const v = values[index];
  if (v === null || v === undefined) return null;
  const prior = values.slice(0, index).reduce<number>((s, x) => s + (x ?? 0), 0);
  return { value: v, prior, ratio: prior !== 0 ? Math.round((v / prior) * 100) / 100 : null };
}

/** Best minus worst of a column: the spread between the leaders and the laggards. */
export function spread(values: (number | null)[]): { best: number; worst: number; spread: number } | null {
  const nums = values.filter((v): v is number => v !== null);
  if (nums.length === 0) return null;
  const best = Math.max(...nums);
  const worst = Math.min(...nums);
  return { best, worst, spread: Math.round((best - worst) * 100) / 100 };
}

/** Per numeric column of a members × periods table, how many members beat the benchmark row ("S&P 500"). */
export function beatingBenchmark(table: Table, benchmark: string): { column: string; beating: number; members: number }[] | null {
  const norm = (s: string): string => s.replace(/[*_]/g, "").trim().toLowerCase();
  const bench = table.rows.find((r) => norm(r.cells[0]?.text ?? "") === norm(benchmark));
  if (!bench) return null;
  const members = table.rows.filter((r) => r !== bench);
  const out: { column: string; beating: number; members: number }[] = [];
  table.header.cells.forEach((h, col) => {
    const b = bench.cells[col]?.figure?.value;
    if (col === 0 || typeof b !== "number") return;
    const vals = members.map((r) => r.cells[col]?.figure?.value).filter((v): v is number => typeof v === "number");
    out.push({ column: h.text, beating: vals.filter((v) => v > b).length, members: vals.length });
  });
  return out;
}
