/** Which part of a note a flow belongs to: the section under a heading that names a rotation, or the whole note. */
import { sectionEnd } from "../model/sections";
import type { Heading, NoteModel } from "../model/types";

/** The nearest heading above `line` (or an ancestor of it) whose text names a rotation with an arrow. */
export function rotationHeadingAbove(note: NoteModel, line: number): Heading | null {
  let level = 7;
  for (let k = note.headings.length - 1; k >= 0; k--) {
    const h = note.headings[k];
    if (h.line > line || h.level >= level) continue;
    level = h.level;
    if (/→|->|⇒/.test(h.text)) return h;
  }
  return null;
}

/**
 * Lines that speak for a flow: its section's, or, for a whole-note flow, every line outside the
 * note's rotation sections (those date their own flows).
 */
export function inFlowScope(note: NoteModel, heading: Heading | null): (line: number) => boolean {
  if (heading) {
    const end = sectionEnd(note, heading);
    return (line) => line > heading.line && line <= end;
  }
  return (line) => rotationHeadingAbove(note, line) === null;
}
