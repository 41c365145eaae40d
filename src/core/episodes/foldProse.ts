/**
 * One note telling one rotation twice (a table row and the prose about it) gives one candidate: the prose fills what
 * the structured source lacks.
 */
import { classifyRotation } from "../taxonomy/classifyRotation";
import type { Taxonomy } from "../taxonomy/taxonomy";
import { datesMeet, sameRotation } from "./sameRotation";
import type { Candidate } from "./types";

export function foldProse(candidates: Candidate[], taxonomy: Taxonomy): Candidate[] {
  const structured = candidates.filter((c) => c.kind === "table" || c.kind === "note" || c.kind === "flow");
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== "prose") {
      kept.push(c);
      continue;
    }
    const twin =
      structured.find((s) => datesMeet(c, s) && (sameRotation(c, s, taxonomy) || sameType(c, s, taxonomy))) ??
      kept.find((k) => k.kind === "prose" && datesMeet(c, k) && sameRotation(c, k, taxonomy));
    if (twin) fill(twin, c);
    else kept.push(c);
  }
  return kept;
}

function sameType(a: Candidate, b: Candidate, taxonomy: Taxonomy): boolean {
  if (a.start === null || b.start === null) return false;
  const type = (c: Candidate): string => classifyRotation({ rotation: c.rotation, sell: c.sellSide, buy: c.buySide }, taxonomy).type;
  const t = type(a);
  return t !== "other" && t === type(b);
}

/** The structured source keeps what it says; dates and sides it lacks come from the prose. */
function fill(target: Candidate, prose: Candidate): void {
  if (target.start === null && prose.start !== null) {
    target.start = prose.start;
    target.end = target.end ?? prose.end;
    if (target.ongoing === null || (target.kind === "flow" && prose.ongoing !== null)) target.ongoing = prose.ongoing;
    if (prose.fieldSources.start) target.fieldSources.start = prose.fieldSources.start;
  }
  if (!target.sellSide.length) target.sellSide = prose.sellSide;
  if (!target.buySide.length) target.buySide = prose.buySide;
  if (!target.legs.length && prose.legs.length) target.legs = prose.legs;
}
