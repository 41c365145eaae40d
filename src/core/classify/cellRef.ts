/**
 * Cell references let a block's input come from a table: `[[Note#Heading]] Row > Column` reads, in the
 * first table under Heading, the row whose first cell is Row, in the column named Column.
 * Example: `[[Sector Rotation#January 14, 2026 update]] S&P 500 > Value` → "-0.53%".
 */
import type { Figure, NoteModel } from "../model/types";
import { sameLabel } from "../model/labels";
import { parseNoteRef } from "../model/noteRef";
import { selectTable } from "../model/selectTable";

export interface CellValue {
  value: string;
  figure: Figure | null;
  source: { path: string; line: number; heading: string | null };
}

const CELL_REF = /^\s*(\[\[[^\]]+\]\])\s*(.+?)\s*>\s*(.+?)\s*$/;

export function isCellRef(text: unknown): text is string {
  return typeof text === "string" && CELL_REF.test(text);
}

export async function resolveCellRef(
  text: string,
  lookup: (linktext: string) => Promise<NoteModel | null>,
): Promise<CellValue | { error: string }> {
  const m = CELL_REF.exec(text);
  if (!m) return { error: `"${text}" is not a cell reference; write [[Note#Heading]] Row > Column.` };
  const ref = parseNoteRef(m[1]);
  const note = await lookup(ref.note);
  if (!note) return { error: `No note "${ref.note}" for the reference ${m[1]}.` };
  const pick = selectTable(note, ref, 1);
  if (!pick.ok) return { error: pick.error };
  const t = pick.table;
  const col = t.header.cells.findIndex((c) => sameLabel(c.text, m[3]));
  if (col === -1) return { error: `No column "${m[3]}" in the table at line ${t.line} of "${note.title}".` };
  const row = t.rows.find((r) => sameLabel(r.cells[0]?.text ?? "", m[2]));
  if (!row)
    return {
      error: `No row "${m[2]}" in the table at line ${t.line} of "${note.title}"; rows: ${t.rows.map((r) => r.cells[0].text).join(", ")}.`,
    };
  const cell = row.cells[col];
  return { value: cell.text, figure: cell.figure, source: { path: note.path, line: row.line, heading: t.heading?.text ?? null } };
}
