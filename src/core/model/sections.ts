/** Where a heading's section ends: the one rule for every reader that scopes something to a section. */
import type { Heading, NoteModel } from "./types";

/** Last line of a heading's section: the line before the next heading of the same or a higher level. */
export function sectionEnd(note: Pick<NoteModel, "headings" | "lineCount">, heading: Heading): number {
  for (const h of note.headings) if (h.line > heading.line && h.level <= heading.level) return h.line - 1;
  return note.lineCount;
}
