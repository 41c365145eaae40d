/**
 * Source (e), prose: sentences, list items, callouts and headings that state a movement with both sides in the lexicon
 * ("money rotated out of X and into Y").
 */
import type { Heading, NoteModel } from "../model/types";
import type { Taxonomy } from "../taxonomy/taxonomy";
import { datesInText } from "../dates/datesInText";
import { emptyCandidate } from "./candidate";
import { findMovement } from "./prose/movement";
import { noteContext } from "./prose/noteContext";
import { proseDates, type DateContext } from "./prose/proseDates";
import { lineAt, proseLines, type ProseLine } from "./prose/proseLines";
import { otherSense, statesFact } from "./prose/guards";
import { resolveSide, sideNames } from "./prose/resolveSides";
import { sentencesOf } from "./prose/sentences";
import { legsIn } from "./sides";
import type { Candidate, SourceRef } from "./types";

export function fromProse(note: NoteModel, lines: string[], taxonomy: Taxonomy, hidden: (line: number) => boolean): Candidate[] {
  const ctx = noteContext(note);
  const out: Candidate[] = [];
  for (const p of proseLines(note, lines, hidden)) {
    if (otherSense(p.text)) continue;
    const heading = headingAbove(note, p.line);
    // A month without a year takes the year its section heading names ("### H1 2019"), else the note's stamp.
    const headYear = heading ? datesInText(heading.text, { year: ctx.year })[0]?.start.slice(0, 4) : undefined;
    const c = fromLine(note, lines, p, taxonomy, { ...ctx, year: headYear ? Number(headYear) : ctx.year, heading });
    if (c) out.push(c);
  }
  return out;
}

function fromLine(note: NoteModel, lines: string[], p: ProseLine, taxonomy: Taxonomy, ctx: DateContext): Candidate | null {
  for (const s of sentencesOf(p.text)) {
    const m = findMovement(s.text);
    if (!m || !statesFact(s.text.slice(0, m.end))) continue;
    const sell = resolveSide(m.sell, taxonomy, false);
    const buy = resolveSide(m.buy, taxonomy, true);
    if (!sell.length || !buy.length || sameGroups(sell, buy, taxonomy)) continue;
    const dates = p.heading ? sectionDates(note, lines, p.line, ctx) : datesOf(p, s, m.at, ctx);
    if (!dates.start) continue;
    return candidate(note, { ...p, line: lineAt(p, s.at + m.at) }, sell, buy, dates, taxonomy);
  }
  return null;
}

/**
 * The sentence's own date first (a neighbour's "in 2024" is another claim's), then its section heading or
 * daily note, and only then a date elsewhere in the paragraph. An end told later in the paragraph ("the
 * move had run its course by mid-April") still ends the rotation the sentence dated.
 */
function datesOf(p: ProseLine, s: { text: string; at: number }, movementAt: number, ctx: DateContext): ReturnType<typeof proseDates> {
  const own = proseDates(s.text, lineAt(p, s.at), movementAt, ctx);
  // The paragraph is read only when the sentence leaves a date or an end to find.
  if (own.start && (own.end || own.oneSession)) return own;
  const paragraph = proseDates(p.text, p.line, s.at + movementAt, ctx);
  if (!own.start) return paragraph;
  return paragraph.end && paragraph.end >= own.start ? { ...own, end: paragraph.end } : own;
}

function candidate(
  note: NoteModel,
  p: ProseLine,
  sell: string[],
  buy: string[],
  dates: ReturnType<typeof proseDates>,
  taxonomy: Taxonomy,
): Candidate {
  const heading = headingAbove(note, p.line);
  const source: SourceRef = { path: note.path, line: p.line, heading: heading?.text ?? null };
  const c = emptyCandidate("prose", source);
  c.sellSide = sell;
  c.buySide = buy;
  c.from = label(sell, taxonomy);
  c.to = label(buy, taxonomy);
  c.rotation = `${c.from} → ${c.to}`;
  c.start = dates.start;
  c.end = dates.end;
  if (dates.end || dates.oneSession) c.ongoing = false;
  const at: SourceRef = dates.line ? { ...source, line: dates.line } : source;
  c.fieldSources = { sellSide: source, buySide: source, start: at };
  if (dates.end) c.fieldSources.end = source;
  c.legs = legsIn(p.text, source);
  if (c.legs.length) c.fieldSources.legs = source;
  return c;
}

/** "high yield, investment-grade credit": the lexicon names of a side, in the order written. */
function label(items: string[], taxonomy: Taxonomy): string {
  return [...sideNames(items, taxonomy)].join(", ");
}

function sameGroups(sell: string[], buy: string[], taxonomy: Taxonomy): boolean {
  const a = sideNames(sell, taxonomy);
  const b = sideNames(buy, taxonomy);
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function headingAbove(note: NoteModel, line: number): Heading | null {
  let found: Heading | null = null;
  for (const h of note.headings) {
    if (h.line >= line) break;
    found = h;
  }
  return found;
}

/** A heading's rotation is dated by the first line of its section that states a date. */
function sectionDates(note: NoteModel, lines: string[], headingLine: number, ctx: DateContext): ReturnType<typeof proseDates> {
  const next = note.headings.find((h) => h.line > headingLine)?.line ?? note.lineCount + 1;
  for (let l = headingLine + 1; l < next; l++) {
    const t = lines[l - 1] ?? "";
    if (t.trimStart().startsWith("|")) continue;
    const d = proseDates(t, l, 0, { ...ctx, heading: null, day: undefined });
    if (d.start) return d;
  }
  return { start: ctx.day ?? null, end: ctx.day ?? null, oneSession: Boolean(ctx.day), line: null };
}
