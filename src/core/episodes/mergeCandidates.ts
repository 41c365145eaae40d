/** The same rotation found in several places (same normalised from → to, overlapping periods) becomes one group of candidates. */
import { addMonths } from "date-fns";
import { isoDay } from "../dates/isoDay";
import { textOrder } from "./textOrder";
import type { Candidate } from "./types";

/** Episode notes speak most deliberately, then episode tables, then flow sections. */
const PRIORITY: Record<Candidate["kind"], number> = { note: 0, table: 1, flow: 2, prose: 3, alias: 4, caption: 5 };
const OPEN = "9999-12-31";

/** A group with the days it spans, so a later change can tell which groups it may touch. */
export interface PeriodGroup {
  /** In priority order. */
  candidates: Candidate[];
  /** First start and last effective end of its dated candidates; "" when it has none. */
  from: string;
  reach: string;
  /** Holds an undated candidate, whose place depends on how many groups the whole key has. */
  undated: boolean;
}

/**
 * Groups candidates that share a rotation key (see rotationKey.ts) by overlapping periods, in one
 * sweep over their starts. Each group comes out in priority order, so the merged episode takes each
 * field from the most deliberate source that has it.
 *
 * Merging here stops at the key. Episodes of different keys that tell the same rotation meet later in
 * mergeAcross.ts: there a sell headline group and a buy group must be shared, so a row whose headline
 * names another group ("Large → Small" beside a flow out of "Mag 7") stays apart even when the periods
 * overlap and one side is shared.
 */
export function periodGroups(candidates: Candidate[]): PeriodGroup[] {
  const dated = candidates
    .filter((c) => c.start !== null)
    .sort((a, b) => textOrder(a.start as string, b.start as string) || byPriority(a, b));
  const groups: PeriodGroup[] = [];
  let open: PeriodGroup | null = null;
  for (const c of dated) {
    const start = c.start as string;
    const end = effectiveEnd(c, start);
    // Closed intervals in order of start: a candidate joins when it starts on or before the group's last day.
    if (open && start <= open.reach) {
      open.candidates.push(c);
      if (end > open.reach) open.reach = end;
    } else {
      open = { candidates: [c], from: start, reach: end, undated: false };
      groups.push(open);
    }
  }
  const undated = candidates.filter((c) => c.start === null);
  // An undated mention of a rotation that has a single dated episode is that episode; otherwise it stands alone.
  if (undated.length) {
    if (groups.length === 1) for (const c of undated) groups[0].candidates.push(c);
    else groups.push({ candidates: undated, from: "", reach: "", undated: true });
    groups[groups.length - 1].undated = true;
  }
  for (const g of groups) g.candidates.sort(byPriority);
  return groups;
}

/**
 * The groups after some candidates left and others arrived, re-merging only the groups they touch:
 * groups are the connected runs of overlapping periods, so a group that holds none of the leavers and
 * overlaps none of the arrivals comes out of a full `periodGroups` unchanged. Returns the groups it
 * re-merged (`fresh`) beside the ones it kept, or null when undated candidates are involved, whose
 * place depends on the whole key (the caller then groups the key afresh).
 */
export function regroup(
  groups: PeriodGroup[],
  removed: ReadonlySet<Candidate>,
  added: Candidate[],
): { kept: PeriodGroup[]; fresh: PeriodGroup[] } | null {
  if (added.some((c) => c.start === null) || groups.some((g) => g.undated)) return null;
  const spans = added.map((c) => [c.start as string, effectiveEnd(c, c.start as string)]);
  const kept: PeriodGroup[] = [];
  const pool = [...added];
  for (const g of groups) {
    const touched =
      spans.some(([from, to]) => from <= g.reach && to >= g.from) || (removed.size > 0 && g.candidates.some((c) => removed.has(c)));
    if (!touched) kept.push(g);
    else for (const c of g.candidates) if (!removed.has(c)) pool.push(c);
  }
  return { kept, fresh: periodGroups(pool) };
}

export function byPriority(a: Candidate, b: Candidate): number {
  return PRIORITY[a.kind] - PRIORITY[b.kind] || textOrder(a.source.path, b.source.path) || a.source.line - b.source.line;
}

/**
 * Last day a candidate may cover: its end, its start plus its duration, or open while it may be ongoing;
 * never before its start, so every candidate is an interval that holds at least its first day.
 */
function effectiveEnd(c: Candidate, start: string): string {
  const end = lastDay(c, start);
  return end < start ? start : end;
}

function lastDay(c: Candidate, start: string): string {
  if (c.ongoing === true) return OPEN;
  if (c.end) return c.end;
  const months = c.duration?.months;
  if (typeof months === "number") return isoDay(addMonths(new Date(`${start}T00:00:00`), Math.max(0, Math.round(months))));
  return c.ongoing === false ? start : OPEN;
}
