/** Small readers for single lines: headings, italic captions, block ids, embeds and labelled fields. */

const HEADING = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BLOCK_ID = /^\^([A-Za-z0-9-]+)$/;
const EMBED_LINE = /^!\[\[([^\]]+)\]\]$|^!\[[^\]]*\]\(([^)]+)\)$/;
const BOLD_FIELD = /^\*\*([^*]{1,60}?):\*\*[ \t]*(.+)$|^\*\*([^*]{1,60}?)\*\*:[ \t]*(.+)$/;
const PLAIN_FIELD = /^([\p{L}][\p{L}\p{N} '&/-]{0,40}?):[ \t]+(\S.*)$/u;
const DATAVIEW_FIELD = /^([\p{L}\p{N}_ -]{1,40})::[ \t]*(.*)$/u;

export function headingOf(text: string): { level: number; raw: string } | null {
  if (text.charCodeAt(0) !== 35 /* # */) return null;
  const m = HEADING.exec(text);
  return m ? { level: m[1].length, raw: m[2] ?? "" } : null;
}

/** The inner text of a line that is entirely italic: `*…*` or `_…_` (not bold). */
export function italicLine(text: string): string | null {
  const first = text.charCodeAt(0);
  // Most lines start with neither mark nor space: settle them without trimming.
  if (first !== 42 && first !== 95 && first !== 32 && first !== 9) return null;
  const t = text.trim();
  if (t.length < 3) return null;
  const mark = t[0];
  if ((mark !== "*" && mark !== "_") || t[t.length - 1] !== mark) return null;
  if (t[1] === mark && t[t.length - 2] === mark && !(t[2] === mark)) return null;
  return t.slice(1, -1);
}

export function blockIdOf(text: string): string | null {
  const m = BLOCK_ID.exec(text.trim());
  return m ? m[1] : null;
}

export function embedTarget(text: string): string | null {
  const m = EMBED_LINE.exec(text.trim());
  if (!m) return null;
  const target = (m[1] ?? m[2]).split("|")[0];
  return target.trim();
}

/** `**Timing:** text`, `Timing: text` (a short label) or Dataview's `key:: value`. */
export function fieldOf(text: string): { key: string; value: string } | null {
  const t = text.trim();
  if (t.length < 4 || t.startsWith("|") || t.startsWith("#")) return null;
  let m = BOLD_FIELD.exec(t);
  if (m) return { key: (m[1] ?? m[3]).trim(), value: (m[2] ?? m[4]).trim() };
  m = DATAVIEW_FIELD.exec(t);
  if (m) return { key: m[1].trim(), value: m[2].trim() };
  m = PLAIN_FIELD.exec(t);
  if (m && m[1].split(/\s+/).length <= 4) return { key: m[1].trim(), value: m[2].trim() };
  return null;
}
