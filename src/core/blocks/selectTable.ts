/** Finds the table a block points at: the n-th table of a note, of a heading's section, or the one with a block id. */
import type { Heading, NoteModel, Table } from "../model/types";
import { sameHeading, type NoteRef } from "./noteRef";

export type TablePick = { ok: true; table: Table } | { ok: false; error: string };

export function selectTable(note: NoteModel, ref: NoteRef, nth: number): TablePick {
  if (ref.block !== null) {
    const table = note.tables.find((t) => t.blockId === ref.block);
    if (table) return { ok: true, table };
    return { ok: false, error: `No table in "${note.title}" carries the block id ^${ref.block}.` };
  }
  let candidates = note.tables;
  let where = `"${note.title}"`;
  if (ref.heading !== null) {
    const heading = note.headings.find((h) => sameHeading(h.text, ref.heading ?? ""));
    if (!heading) {
      const known = note.headings.slice(0, 12).map((h) => h.text).join("; ");
      return { ok: false, error: `No heading "${ref.heading}" in "${note.title}". Headings there: ${known || "none"}.` };
    }
    const end = sectionEnd(note.headings, heading, note.lineCount);
    candidates = note.tables.filter((t) => t.line > heading.line && t.line <= end);
    where = `the section "${heading.text}" of "${note.title}"`;
  }
  if (candidates.length === 0) return { ok: false, error: `There is no table in ${where}.` };
  if (!Number.isInteger(nth) || nth < 1 || nth > candidates.length) {
    return { ok: false, error: `table: ${nth} is out of range: ${where} has ${candidates.length} table(s).` };
  }
  return { ok: true, table: candidates[nth - 1] };
}

/** Last line of a heading's section: up to the next heading of the same or a higher level. */
export function sectionEnd(headings: Heading[], heading: Heading, lineCount: number): number {
  for (const h of headings) {
    if (h.line > heading.line && h.level <= heading.level) return h.line - 1;
  }
  return lineCount;
}
