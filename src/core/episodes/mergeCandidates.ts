/** The same rotation found in several places (same from → to, overlapping period) becomes one group of candidates. */
import type { Candidate } from "./types";

/** Episode notes speak most deliberately, then episode tables, then flow sections. */
const PRIORITY: Record<Candidate["kind"], number> = { note: 0, table: 1, flow: 2 };

/** Groups candidates that share a rotation key by overlapping periods; an undated candidate joins the first group. */
export function groupByPeriod(candidates: Candidate[]): Candidate[][] {
  const sorted = [...candidates].sort(
    (a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.source.path.localeCompare(b.source.path) || a.source.line - b.source.line,
  );
  const groups: Candidate[][] = [];
  for (const c of sorted) {
    const home = groups.find((g) => g.some((x) => overlaps(x, c)));
    if (home) home.push(c);
    else groups.push([c]);
  }
  return groups;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  if (!a.start || !b.start) return !a.start && !b.start;
  const aEnd = a.end ?? "9999-12-31";
  const bEnd = b.end ?? "9999-12-31";
  return a.start <= bEnd && b.start <= aEnd;
}
