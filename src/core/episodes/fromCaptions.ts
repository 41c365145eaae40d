/**
 * Source (h), captions: in a rotation note, an italic caption naming two market groups with their moves or a divergence
 * ("XHB vs XLU: +21% against -4%, ~25pp") is an episode when nothing else in the note states one.
 */
import type { Caption, NoteModel } from "../model/types";
import { findTerms, type Taxonomy } from "../taxonomy/taxonomy";
import { emptyCandidate, setStatedDivergence } from "./candidate";
import { noteContext } from "./prose/noteContext";
import { proseDates } from "./prose/proseDates";
import { legsIn, statedDivergence } from "./sides";
import type { Candidate, Leg, SourceRef } from "./types";

const VERSUS = [" vs. ", " vs ", " versus ", " against ", " over "];

export function fromCaptions(note: NoteModel, taxonomy: Taxonomy): Candidate[] {
  if (!isRotationNote(note)) return [];
  for (const cap of note.captions) {
    const c = fromCaption(note, cap, taxonomy);
    if (c) return [c];
  }
  return [];
}

/** Tagged #rotation, or "rotation" in the title or an alias. */
export function isRotationNote(note: NoteModel): boolean {
  const aliases = note.properties.aliases;
  const names = [
    note.title,
    ...(Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === "string") : typeof aliases === "string" ? [aliases] : []),
  ];
  return note.tags.some((t) => /^rotations?(\/|$)/i.test(t.name)) || names.some((n) => /rotation/i.test(n));
}

function fromCaption(note: NoteModel, cap: Caption, taxonomy: Taxonomy): Candidate | null {
  const lower = cap.text.toLowerCase();
  const v = VERSUS.map((w) => [lower.indexOf(w), w.length]).find(([at]) => at > 0);
  if (!v) return null;
  const head = cap.text.split(/[:—–(]/)[0];
  const left = findTerms(head.slice(0, v[0]), taxonomy)[0];
  const right = findTerms(head.slice(v[0] + v[1]), taxonomy)[0];
  const source: SourceRef = { path: note.path, line: cap.line, heading: cap.heading?.text ?? null };
  const legs = legsIn(cap.text, source);
  const pp = statedDivergence(cap.text);
  if (!left || !right || left.name === right.name || (legs.length < 2 && pp === null)) return null;
  // The side whose leg rose more was bought; without legs, "A over B" and "A vs B" put the winner first.
  const up = (name: string): number | null => legOf(legs, name, taxonomy)?.change ?? null;
  const [l, r] = [up(left.name), up(right.name)];
  const leftWon = l === null || r === null ? true : l >= r;
  const [buy, sell] = leftWon ? [left, right] : [right, left];
  const dates = proseDates(cap.text, cap.line, cap.text.length, { ...noteContext(note), heading: null, day: undefined });
  if (!dates.start) return null;
  const c = emptyCandidate("caption", source);
  c.sellSide = [sell.term];
  c.buySide = [buy.term];
  c.from = sell.name;
  c.to = buy.name;
  c.rotation = `${sell.name} → ${buy.name}`;
  c.start = dates.start;
  c.end = dates.end;
  if (dates.end) c.ongoing = false;
  c.legs = legs;
  c.fieldSources = { sellSide: source, buySide: source, start: source, legs: source };
  if (pp !== null) setStatedDivergence(c, pp, source);
  return c;
}

function legOf(legs: Leg[], name: string, taxonomy: Taxonomy): Leg | undefined {
  return legs.find((leg) => findTerms(leg.ticker, taxonomy).some((h) => h.name === name));
}
