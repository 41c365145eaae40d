/** The same rotation found in several places (same normalised from → to, overlapping periods) becomes one group of candidates. */
import { addMonths } from "date-fns";
import { isoDay } from "../dates/isoDay";
import type { Candidate } from "./types";

/** Episode notes speak most deliberately, then episode tables, then flow sections. */
const PRIORITY: Record<Candidate["kind"], number> = { note: 0, table: 1, flow: 2 };
const OPEN = "9999-12-31";

/**
 * Groups candidates that share a rotation key (see rotationKey.ts) by overlapping periods, in one
 * sweep over their starts. Each group comes out in priority order, so the merged episode takes each
 * field from the most deliberate source that has it.
 *
 * Merging stops at the key on purpose. In the seed vault the flow note "Sector Rotation January 2026"
 * (Mag 7, high-growth tech… → Defense, small caps…), the section "Rotation 1: Mag 7 → everything
 * else" and the table's "2026 Large → Small" row describe overlapping moves, yet they stay three
 * episodes: the note itself lists two concurrent 2026 rotations with the same sell side and different
 * buy sides, so "shares a side and a period" does not mean "same episode", and a fuzzy rule would fold
 * the author's own Large → Small row into the broad flow. Renaming a section's heading to the
 * rotation's arrow ("Rotation 1: Large → Small (…)") is how the author says they are one.
 */
export function groupByPeriod(candidates: Candidate[]): Candidate[][] {
  const dated = candidates.filter((c) => c.start !== null).sort((a, b) => (a.start as string).localeCompare(b.start as string) || byPriority(a, b));
  const groups: Candidate[][] = [];
  let reach = "";
  for (const c of dated) {
    const end = effectiveEnd(c);
    if (groups.length && (c.start as string) <= reach) groups[groups.length - 1].push(c);
    else groups.push([c]);
    if (groups[groups.length - 1].length === 1 || end > reach) reach = end;
  }
  const undated = candidates.filter((c) => c.start === null);
  // An undated mention of a rotation that has a single dated episode is that episode; otherwise it stands alone.
  if (undated.length) {
    if (groups.length === 1) groups[0].push(...undated);
    else groups.push(undated);
  }
  return groups.map((g) => g.sort(byPriority));
}

function byPriority(a: Candidate, b: Candidate): number {
  return PRIORITY[a.kind] - PRIORITY[b.kind] || a.source.path.localeCompare(b.source.path) || a.source.line - b.source.line;
}

/** Last day a candidate may cover: its end, its start plus its duration, or open while it may be ongoing. */
function effectiveEnd(c: Candidate): string {
  if (c.ongoing === true) return OPEN;
  if (c.end) return c.end;
  const months = c.duration?.months;
  if (c.start && typeof months === "number") return isoDay(addMonths(new Date(`${c.start}T00:00:00`), Math.max(0, Math.round(months))));
  return c.ongoing === false ? (c.start as string) : OPEN;
}
