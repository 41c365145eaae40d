/** Building blocks shared by every episode source: an empty candidate, and setting its period, duration, ends and divergence. */
import { linksIn } from "../parse/inline";
import type { Cell, Problem } from "../model/types";
import { durationToMonths } from "../dates/durationToMonths";
import { periodToRange } from "../dates/periodToRange";
import { splitRotation } from "../taxonomy/classifyRotation";
import type { Candidate, SourceKind, SourceRef } from "./types";

export function emptyCandidate(kind: SourceKind, source: SourceRef): Candidate {
  return {
    kind,
    source,
    period: null,
    start: null,
    end: null,
    rotation: null,
    from: "",
    to: "",
    trigger: null,
    sellSide: [],
    buySide: [],
    duration: null,
    durationText: null,
    ongoing: null,
    legs: [],
    divergencePp: null,
    divergenceSource: null,
    name: null,
    expression: null,
    links: [],
    fieldSources: {},
  };
}

/** The period as written, and its first and last day when it reads as dates; a problem when it does not. */
export function setPeriod(c: Candidate, text: string, source: SourceRef, problems?: Problem[]): void {
  const period = text.replace(/[*_]/g, "").trim();
  if (period === "") return;
  c.period = period;
  c.fieldSources.period = source;
  const range = periodToRange(period);
  if (range) {
    c.start = range.start;
    c.end = range.end;
    c.fieldSources.start = source;
    c.fieldSources.end = source;
  } else problems?.push({ line: source.line, message: `period "${period}" is not a date or range Rotation Lens can read` });
}

export function setDuration(c: Candidate, text: string, source: SourceRef, problems?: Problem[]): void {
  const written = text.replace(/[*_]/g, "").trim();
  if (written === "" || written === "—" || written === "-") return;
  const d = durationToMonths(written);
  c.durationText = written;
  c.duration = d;
  c.fieldSources.duration = source;
  if (d?.ongoing) {
    c.ongoing = true;
    c.fieldSources.status = source;
  }
  if (!d) problems?.push({ line: source.line, message: `duration "${written}" is not a length Rotation Lens can read` });
}

/** from → to: the rotation's own arrow when it has one, else the two sides. */
export function settleEnds(c: Candidate): void {
  const split = c.rotation ? splitRotation(c.rotation) : null;
  c.from = split?.from ?? c.sellSide.join(", ");
  c.to = split?.to ?? c.buySide.join(", ");
}

/** A divergence the note states outright ("~85pp"), which wins over one computed from legs. */
export function setStatedDivergence(c: Candidate, pp: number, source: SourceRef): void {
  c.divergencePp = pp;
  c.divergenceSource = "stated";
  c.fieldSources.divergence = source;
}

/** Wikilink targets of a text, without alias or heading: "[[Walmart|WMT]]" → "Walmart". */
export function wikiTargets(text: string): string[] {
  // The note model's link reader: linear on any text, unlike a regex over `[[`.
  const out: string[] = [];
  for (const link of linksIn(text, 0)) if (link.kind === "wiki" && link.target.trim()) out.push(link.target.trim());
  return out;
}

/** Notes some cells link to (not embedded images), each once. */
export function linkTargets(cells: Cell[]): string[] {
  return [...new Set(cells.flatMap((x) => x.links.filter((l) => l.kind === "wiki" && !l.embed && l.target !== "").map((l) => l.target)))];
}
