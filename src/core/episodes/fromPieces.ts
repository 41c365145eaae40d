/**
 * Source (i), a rotation told in pieces across a note about one: what was sold in one sentence, what was
 * bought in another, dated by the note's first date (a clipped article's publication line). A note that
 * names only the bought side gives a partial candidate, which only joins a rotation found elsewhere.
 */
import type { NoteModel } from "../model/types";
import type { Taxonomy } from "../taxonomy/taxonomy";
import { datesInText } from "../dates/datesInText";
import { emptyCandidate } from "./candidate";
import { otherSense, statesFact } from "./prose/guards";
import { piecesIn } from "./prose/pieces";
import { lineAt, proseLines } from "./prose/proseLines";
import { resolveSide, sideNames } from "./prose/resolveSides";
import { sentencesOf } from "./prose/sentences";
import type { Candidate, SourceRef } from "./types";

/** Words one of which every piece the reader knows contains. */
const PIECE_WORDS =
  /into |inflows|sold |selloff|sell-off|outflows|selling in|dumped |attracted |saw record|drew record|took hold|taking hold/i;

interface Found {
  items: string[];
  line: number;
}

/** Only a note with "rotation" in its title is read for pieces: the test the caller makes before splitting lines. */
export function mayBePieces(note: NoteModel): boolean {
  return /rotation/i.test(note.title);
}

export function fromPieces(note: NoteModel, lines: string[], taxonomy: Taxonomy, hidden: (line: number) => boolean): Candidate[] {
  if (!mayBePieces(note)) return [];
  const sell: Found[] = [];
  const buy: Found[] = [];
  for (const p of proseLines(
    note,
    lines,
    hidden,
    (raw) => PIECE_WORDS.test(raw),
    () => true,
  )) {
    if (otherSense(p.text)) continue;
    for (const s of sentencesOf(p.text)) {
      for (const piece of piecesIn(s.text)) {
        if (!statesFact(s.text.slice(0, piece.end))) continue;
        const items = resolveSide(piece.text, taxonomy, true);
        if (items.length) (piece.side === "sell" ? sell : buy).push({ items, line: lineAt(p, s.at + piece.end - 1) });
      }
    }
  }
  const dated = firstDate(note, lines, hidden);
  if (!buy.length || !dated) return [];
  const source: SourceRef = { path: note.path, line: (sell[0] ?? buy[0]).line, heading: null };
  const c = emptyCandidate("prose", source);
  c.buySide = [...new Set(buy.flatMap((b) => b.items))];
  c.sellSide = [...new Set(sell.flatMap((b) => b.items))];
  c.to = [...sideNames(c.buySide, taxonomy)].join(", ");
  c.from = [...sideNames(c.sellSide, taxonomy)].join(", ");
  c.rotation = c.from ? `${c.from} → ${c.to}` : `→ ${c.to}`;
  c.partial = sell.length === 0;
  c.start = dated.start;
  c.period = dated.text;
  c.fieldSources = {
    buySide: { ...source, line: buy[0].line },
    start: { ...source, line: dated.line },
    period: { ...source, line: dated.line },
  };
  if (sell.length) c.fieldSources.sellSide = { ...source, line: sell[0].line };
  return [c];
}

/** The first line of the note that states a full date: a clipped article's date line. */
function firstDate(
  note: NoteModel,
  lines: string[],
  hidden: (line: number) => boolean,
): { start: string; line: number; text: string } | null {
  for (let i = note.frontmatter ? note.frontmatter.endLine : 0; i < lines.length; i++) {
    if (hidden(i + 1) || lines[i].trimStart().startsWith("|")) continue;
    const d = datesInText(lines[i]).find((x) => x.precision === "day");
    if (d) return { start: d.start, line: i + 1, text: lines[i].slice(d.at, d.endAt) };
  }
  return null;
}
