/**
 * Source (d), captions: the italic line under a chart in a period's section ("### 2022: …") gives that period's episode
 * legs and divergence.
 */
import type { Caption, NoteModel } from "../model/types";
import { datesInText } from "../dates/datesInText";
import { periodToRange } from "../dates/periodToRange";
import { setStatedDivergence } from "./candidate";
import { legsIn, statedDivergence } from "./sides";
import type { Candidate, SourceRef } from "./types";

export function enrichFromCaptions(note: NoteModel, candidates: Candidate[]): void {
  for (const cap of note.captions) {
    const target = captionTarget(cap, candidates);
    if (!target) continue;
    const source: SourceRef = { path: note.path, line: cap.line, heading: cap.heading?.text ?? null };
    const legs = legsIn(cap.text, source);
    if (legs.length >= 2 || (legs.length && !target.legs.length)) {
      target.legs = legs;
      target.fieldSources.legs = source;
    }
    const pp = statedDivergence(cap.text);
    if (pp !== null) setStatedDivergence(target, pp, source);
    narrowToWindow(target, cap.text, source);
  }
}

/**
 * A bare year narrowed by a window the prose of its own section states ("### 2016: …", then "From Sep 2016
 * to May 2017 …"), as a caption's window narrows it. Lines are split only when such a year is there to narrow.
 */
export function narrowBySections(note: NoteModel, candidates: Candidate[], lines: () => string[]): void {
  if (!candidates.some(bareYear)) return;
  note.headings.forEach((h, i) => {
    const target = periodTarget(h.text, "", candidates);
    if (!target || !bareYear(target)) return;
    const end = note.headings[i + 1]?.line ?? note.lineCount + 1;
    for (let line = h.line + 1; line < end; line++) {
      const text = lines()[line - 1] ?? "";
      if (text.trimStart().startsWith("|")) continue;
      if (narrowToWindow(target, text, { path: note.path, line, heading: h.text })) return;
    }
  });
}

/** A period written as a whole year whose start nothing has narrowed yet. */
function bareYear(c: Candidate): boolean {
  return c.start !== null && c.start.endsWith("-01-01") && c.period !== null && periodToRange(c.period)?.precision === "year";
}

/** A bare year narrowed by the window its caption states for the same episode: "2019" with "Apr 2019 – Oct 2019". */
function narrowToWindow(c: Candidate, text: string, source: SourceRef): boolean {
  if (!bareYear(c)) return false;
  const window = datesInText(text).find(
    (d) => d.span && d.start.slice(0, 4) === (c.start as string).slice(0, 4) && d.start > (c.start as string),
  );
  if (!window) return false;
  c.start = window.start;
  c.end = window.end;
  c.fieldSources.start = source;
  c.fieldSources.end = source;
  return true;
}

/** The dated episode whose period the caption's heading names; among several of that period, the one the words point to. */
function captionTarget(cap: Caption, candidates: Candidate[]): Candidate | null {
  return periodTarget(cap.heading?.text ?? "", cap.text, candidates);
}

/** The dated episode whose period a heading names; among several of that period, the one the words point to. */
function periodTarget(heading: string, text: string, candidates: Candidate[]): Candidate | null {
  const named = headingPeriod(heading);
  if (!named) return null;
  // A row whose duration narrowed its period's end ("2020-21", 18 months) still belongs to that period.
  const matches = candidates.filter(
    (c) =>
      (c.kind === "table" || c.kind === "note") &&
      c.start === named.range.start &&
      c.end !== null &&
      c.end <= named.range.end &&
      (c.end === named.range.end || c.period !== null),
  );
  if (matches.length <= 1) return matches[0] ?? null;
  const words = wordsOf(`${named.rest} ${text}`);
  const scored = matches.map((c) => ({
    c,
    score: wordsOf([c.rotation ?? "", c.trigger ?? "", ...c.sellSide, ...c.buySide].join(" ")).filter((w) => words.includes(w)).length,
  }));
  scored.sort((a, b) => b.score - a.score);
  // Two episodes of the same period and nothing to tell them apart: better no legs than the wrong ones.
  return scored[0].score > 0 && scored[0].score > scored[1].score ? scored[0].c : null;
}

/** "2022: Fed hiking cycle" → 2022 and "Fed hiking cycle"; also "2022 — …" and a heading that is only a period. */
function headingPeriod(heading: string): { range: { start: string; end: string }; rest: string } | null {
  const m = /^(.+?)(?::|\s[—–-])\s+(.*)$/.exec(heading.trim());
  const tries: [string, string][] = m
    ? [
        [m[1], m[2]],
        [heading, ""],
      ]
    : [[heading, ""]];
  for (const [period, rest] of tries) {
    const range = periodToRange(period);
    if (range) return { range, rest };
  }
  return null;
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4);
}
