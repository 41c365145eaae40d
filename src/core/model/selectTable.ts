/** Finds a table in a note: the n-th of the note, of a heading's section, the one with a block id, or the one under the cursor. */
import type { NoteModel, Table } from "./types";
import { sameLabel } from "./labels";
import type { NoteRef } from "./noteRef";
import { sectionEnd } from "./sections";

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
    const heading = note.headings.find((h) => sameLabel(h.text, ref.heading ?? ""));
    if (!heading) {
      const known = note.headings
        .slice(0, 12)
        .map((h) => h.text)
        .join("; ");
      return { ok: false, error: `No heading "${ref.heading}" in "${note.title}". Headings there: ${known || "none"}.` };
    }
    candidates = tablesInSection(note, heading.line, sectionEnd(note, heading));
    where = `the section "${heading.text}" of "${note.title}"`;
  }
  if (candidates.length === 0) return { ok: false, error: `There is no table in ${where}.` };
  if (!Number.isInteger(nth) || nth < 1 || nth > candidates.length) {
    return { ok: false, error: `table: ${nth} is out of range: ${where} has ${candidates.length} table(s).` };
  }
  return { ok: true, table: candidates[nth - 1] };
}

/** The tables below a heading line, up to its section's last line. */
export function tablesInSection(note: NoteModel, headingLine: number, end: number): Table[] {
  return note.tables.filter((t) => t.line > headingLine && t.line <= end);
}

/** The table the cursor is in, or the last one above it in the same section. */
export function tableAtLine(note: NoteModel, line: number): Table | null {
  let best: Table | null = null;
  for (const t of note.tables) {
    if (t.line <= line && line <= t.endLine) return t;
    if (t.endLine < line && (!best || t.line > best.line)) best = t;
  }
  if (best && best.heading && line > sectionEnd(note, best.heading)) return null;
  return best;
}
