/** Reads an ATX heading line (`## Historical rotations`): its level and the markdown of its text. */

export interface HeadingLine {
  level: number;
  /** The heading's own markdown, without the `#` marks before and after it. */
  raw: string;
}

/** A heading: up to three spaces, one to six `#`, then a space, a tab or the end (`#tag` is no heading). */
export function headingOf(text: string): HeadingLine | null {
  let start = 0;
  while (start < 3 && text.charCodeAt(start) === 32) start++;
  if (text.charCodeAt(start) !== 35 /* # */) return null;
  let end = start;
  while (end - start < 7 && text.charCodeAt(end) === 35) end++;
  const level = end - start;
  const next = text.charCodeAt(end);
  if (level > 6 || (end < text.length && next !== 32 && next !== 9)) return null;
  return { level, raw: withoutClosingMarks(text.slice(end).trim()) };
}

/** `## Title ##` → `Title`: a closing run of `#` counts only after a space (`C#` keeps its mark). */
function withoutClosingMarks(content: string): string {
  let k = content.length;
  while (k > 0 && content.charCodeAt(k - 1) === 35) k--;
  if (k === 0) return "";
  if (k === content.length) return content;
  const before = content.charCodeAt(k - 1);
  return before === 32 || before === 9 ? content.slice(0, k).trimEnd() : content;
}
