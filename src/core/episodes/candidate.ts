/** Building blocks shared by every episode source: an empty candidate, and the normalisation of its period and sides. */
import { durationToMonths } from "../dates/durationToMonths";
import { periodToRange } from "../dates/periodToRange";
import { splitRotation } from "../taxonomy/classifyRotation";
import type { Candidate, SourceKind, SourceRef } from "./types";

export function emptyCandidate(kind: SourceKind, source: SourceRef): Candidate {
  return {
    kind, source, period: null, start: null, end: null, rotation: null, from: "", to: "", trigger: null,
    sellSide: [], buySide: [], duration: null, durationText: null, ongoing: null, legs: [],
    divergencePp: null, divergenceSource: null, name: null, expression: null, links: [], fieldSources: {},
  };
}

export function setPeriod(c: Candidate, text: string, source: SourceRef): void {
  const range = periodToRange(text);
  c.period = text.replace(/[*_]/g, "").trim() || null;
  c.fieldSources.period = source;
  if (range) {
    c.start = range.start;
    c.end = range.end;
    c.fieldSources.start = source;
  }
}

export function setDuration(c: Candidate, text: string, source: SourceRef): void {
  const d = durationToMonths(text);
  c.durationText = text.trim() || null;
  c.duration = d;
  c.fieldSources.duration = source;
  if (d?.ongoing) c.ongoing = true;
}

/** from → to: the rotation's own arrow when it has one, else the two sides. */
export function settleEnds(c: Candidate): void {
  const split = c.rotation ? splitRotation(c.rotation) : null;
  c.from = split?.from ?? c.sellSide.join(", ");
  c.to = split?.to ?? c.buySide.join(", ");
}

/** The key under which the same rotation found in several places meets: its ends, lower case, marks gone. */
export function rotationKey(c: { from: string; to: string; rotation: string | null }): string {
  const norm = (s: string): string => s.toLowerCase().replace(/\[\[|\]\]|[*_()]/g, "").replace(/\s+/g, " ").trim();
  const key = `${norm(c.from)}→${norm(c.to)}`;
  return key === "→" ? norm(c.rotation ?? "") : key;
}
