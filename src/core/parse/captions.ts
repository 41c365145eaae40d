/** Reads the lines that stand under a table or a picture: an italic caption, a `^block-id`, an image embed. */

const BLOCK_ID = /^\^([A-Za-z0-9-]+)$/;
const EMBED_LINE = /^!\[\[([^\]]+)\]\]$|^!\[[^\]]*\]\(([^)]+)\)$/;

/** The inner text of a line that is entirely italic: `*…*` or `_…_` (`**bold**` is not a caption). */
export function italicLine(text: string): string | null {
  const first = text.charCodeAt(0);
  // Most lines start with neither mark nor space: settle them without trimming.
  if (first !== 42 && first !== 95 && first !== 32 && first !== 9) return null;
  const t = text.trim();
  if (t.length < 3) return null;
  const mark = t[0];
  if ((mark !== "*" && mark !== "_") || t[t.length - 1] !== mark) return null;
  // `* item *` is a list item and `***` a rule, not emphasis: the text must touch its marks.
  if (isSpace(t[1]) || isSpace(t[t.length - 2])) return null;
  if (t[1] === mark && t[t.length - 2] === mark && t[2] !== mark) return null;
  const inner = t.slice(1, -1);
  return hasOtherThan(inner, mark) ? inner : null;
}

/** `^flows` alone on a line → `flows`. */
export function blockIdOf(text: string): string | null {
  const m = BLOCK_ID.exec(text.trim());
  return m ? m[1] : null;
}

/** The file a line shows when the line is only an image embed: `![[chart.png|600]]` or `![alt](chart.png)`. */
export function embedTarget(text: string): string | null {
  const m = EMBED_LINE.exec(text.trim());
  if (!m) return null;
  const target = (m[1] ?? m[2]).split("|")[0];
  return target.trim();
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t";
}

function hasOtherThan(text: string, mark: string): boolean {
  for (let k = 0; k < text.length; k++) if (text[k] !== mark) return true;
  return false;
}
