/** Edits of a text by offset, applied together: how the index note's planner says what changes, so an editor can apply the same. */

export interface TextEdit {
  /** Offsets in the original text; edits never overlap. */
  from: number;
  to: number;
  text: string;
}

/** The text with every edit applied (offsets refer to the original text). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.from) + e.text;
    at = e.to;
  }
  return out + text.slice(at);
}
