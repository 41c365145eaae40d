/**
 * The user's opt-outs: `rotation-lens: ignore` in a note's properties, or `%% rotation-lens: ignore %%` on the line
 * above a table or paragraph.
 */
import type { NoteModel } from "../model/types";

const MARK = "rotation-lens: ignore";

export function noteIgnored(note: NoteModel): boolean {
  const v = note.properties["rotation-lens"];
  return typeof v === "string" && v.trim().toLowerCase() === "ignore";
}

/** Lines (1-based) hidden by a comment mark: the block that follows it, up to a blank line or the table's end. */
export function ignoredLines(note: NoteModel, lines: string[]): Set<number> {
  const out = new Set<number>();
  if (!lines.some((l) => l.includes("rotation-lens"))) return out;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes("%%") || !lines[i].toLowerCase().includes(MARK)) continue;
    let k = i + 1;
    while (k < lines.length && lines[k].trim() === "") k++;
    const table = note.tables.find((t) => t.line === k + 1);
    const last = table ? (table.captionLine ?? table.endLine) : blockEnd(lines, k);
    for (let l = k + 1; l <= last; l++) out.add(l);
  }
  return out;
}

function blockEnd(lines: string[], k: number): number {
  let e = k;
  while (e + 1 < lines.length && lines[e + 1].trim() !== "") e++;
  return e + 1;
}
