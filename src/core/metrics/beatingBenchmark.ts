/** Per period column, how many members beat the benchmark row: the Mag 7 against the S&P 500, year by year. */
import type { Matrix } from "./tableMatrix";

export interface BenchmarkColumn {
  column: string;
  benchmark: number;
  /** Labels of the members above the benchmark in this column. */
  beating: string[];
  /** Members with a number in this column. */
  members: number;
}

/**
 * The benchmark is the row labelled `benchmark` (case and marks ignored) or, when none is named,
 * the one bold row. Null when there is no such row.
 */
export function beatingBenchmark(m: Matrix, benchmark?: string): BenchmarkColumn[] | null {
  const norm = (s: string): string => s.replace(/[*_]/g, "").trim().toLowerCase();
  const bold = m.rows.filter((r) => r.bold);
  const bench = benchmark !== undefined ? m.rows.find((r) => norm(r.label) === norm(benchmark)) : bold.length === 1 ? bold[0] : undefined;
  if (!bench) return null;
  const members = m.rows.filter((r) => r !== bench);
  const out: BenchmarkColumn[] = [];
  m.columns.forEach((column, col) => {
    const b = bench.values[col];
    if (b === null || b === undefined) return;
    const withValue = members.filter((r) => r.values[col] !== null && r.values[col] !== undefined);
    out.push({ column, benchmark: b, beating: withValue.filter((r) => (r.values[col] as number) > b).map((r) => r.label), members: withValue.length });
  });
  return out;
}
