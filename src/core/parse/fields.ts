/** Reads a labelled line: `**Timing:** Started late December 2025`, `Timing: …`, or Dataview's `key:: value`. */

const BOLD_FIELD = /^\*\*([^*]{1,60}?):\*\*[ \t]*(.+)$|^\*\*([^*]{1,60}?)\*\*:[ \t]*(.+)$/;
/** A short label that starts with a letter: `https://…` (no space after `:`) and `10:30` never match. */
const PLAIN_FIELD = /^([\p{L}][\p{L}\p{N} '&/-]{0,40}?):[ \t]+(\S.*)$/u;
const DATAVIEW_FIELD = /^([\p{L}\p{N}_ -]{1,40})::[ \t]*(.*)$/u;
const MAX_LABEL_WORDS = 4;

export interface FieldLine {
  /** The label's markdown (`Timing`), without the marks around it. */
  key: string;
  value: string;
}

export function fieldOf(text: string): FieldLine | null {
  const t = text.trim();
  if (t.length < 4 || t.startsWith("|") || t.startsWith("#")) return null;
  let m = BOLD_FIELD.exec(t);
  if (m) return { key: (m[1] ?? m[3]).trim(), value: (m[2] ?? m[4]).trim() };
  m = DATAVIEW_FIELD.exec(t);
  if (m) return { key: m[1].trim(), value: m[2].trim() };
  m = PLAIN_FIELD.exec(t);
  if (m && m[1].trim().split(/\s+/).length <= MAX_LABEL_WORDS) return { key: m[1].trim(), value: m[2].trim() };
  return null;
}
