/** Reads what a note model works out on first use: every cell's display text, links and figure, and the note's links. */
import type { NoteModel } from "../src/core/model/types";

/** Returns a count that depends on everything read, so no engine can skip the reading. */
export function readModel(model: NoteModel): number {
  let n = model.links.length;
  for (const t of model.tables) {
    for (const row of [t.header, ...t.rows]) {
      for (const cell of row.cells) n += cell.text.length + cell.links.length + (cell.figure ? 1 : 0);
    }
  }
  return n;
}
