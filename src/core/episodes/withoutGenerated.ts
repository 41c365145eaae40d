/** Hides Rotation Lens's own generated region (the index note's tables) from extraction, so its output never feeds back in as a source. */
import type { NoteModel } from "../model/types";
import { generatedSpans } from "../parse/generatedRegion";

export function withoutGenerated(note: NoteModel, text: string, spans: [number, number][] = generatedSpans(text)): NoteModel {
  if (spans.length === 0) return note;
  return keepLines(note, (line) => !spans.some(([a, b]) => line >= a && line <= b));
}

/** The note less some lines (those the user marked `%% rotation-lens: ignore %%`). */
export function withoutLines(note: NoteModel, hidden: ReadonlySet<number>): NoteModel {
  return hidden.size === 0 ? note : keepLines(note, (line) => !hidden.has(line));
}

function keepLines(note: NoteModel, outside: (line: number) => boolean): NoteModel {
  return {
    ...note,
    headings: note.headings.filter((h) => outside(h.line)),
    tables: note.tables.filter((t) => outside(t.line)),
    captions: note.captions.filter((c) => outside(c.line)),
    fields: note.fields.filter((f) => outside(f.line)),
    links: note.links.filter((l) => outside(l.line)),
    tags: note.tags.filter((t) => t.line === 0 || outside(t.line)),
  };
}
