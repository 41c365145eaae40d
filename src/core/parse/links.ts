/** Reads one wikilink, embed or markdown link starting at a given position of a span of inline markdown. */
import type { Link } from "../model/types";

/**
 * Where the last closers of a span sit. An opener after them can never close, so it fails at once
 * instead of searching to the end of the span: text with thousands of unclosed `[[` or `](` stays linear.
 */
export interface Closers {
  wiki: number;
  paren: number;
  bracket: number;
}

export function closersOf(raw: string): Closers {
  return { wiki: raw.lastIndexOf("]]"), paren: raw.lastIndexOf(")"), bracket: raw.lastIndexOf("]") };
}

export type WikiFound = { link: Link; text: string; end: number } | { retry: number } | null;

/**
 * The wikilink or embed at `start` (`[[` or `![[`). Its display text is what Obsidian shows: the alias,
 * else `Note > Heading`, else the note name; an embed shows "" (its picture or note is not text).
 * `{ retry }` says the opener is unbalanced and where the next one that might close starts.
 */
export function wikilinkAt(raw: string, start: number, line: number, closers: Closers): WikiFound {
  const embed = raw.charCodeAt(start) === 33; /* ! */
  const open = start + (embed ? 3 : 2);
  if (open > closers.wiki) return null;
  const close = raw.indexOf("]]", open);
  const inner = raw.slice(open, close);
  // Every opener before the last inner `[[` would fail the same way, so the scan resumes there.
  const lastInner = inner.lastIndexOf("[[");
  if (lastInner !== -1) return { retry: open + lastInner };
  // In tables Obsidian writes the alias bar as `\|`; it is still the alias bar.
  const unescaped = inner.includes("\\|") ? inner.replace(/\\\|/g, "|") : inner;
  const bar = unescaped.indexOf("|");
  const target = (bar === -1 ? unescaped : unescaped.slice(0, bar)).trim();
  const alias = bar === -1 ? null : unescaped.slice(bar + 1).trim();
  const hash = target.indexOf("#");
  const file = hash === -1 ? target : target.slice(0, hash).trim();
  const sub = hash === -1 ? null : target.slice(hash + 1).trim();
  const block = sub !== null && sub.startsWith("^") ? sub.slice(1) : null;
  const heading = sub !== null && block === null ? sub.replace(/#/g, " > ") : null;
  const link: Link = { kind: "wiki", target: file, heading, block, alias: alias || null, embed, line };
  const text = embed ? "" : alias || (heading ? (file ? `${file} > ${heading}` : heading) : file);
  return { link, text, end: close + 2 };
}

export interface MarkdownFound {
  image: boolean;
  /** The label is `raw.slice(labelStart, labelEnd)`; the caller reads its display text. */
  labelStart: number;
  labelEnd: number;
  /** The URL, or null for a reference link `[text][ref]` (shown as its text, followed nowhere). */
  dest: string | null;
  end: number;
}

/** The markdown link or image at `start` (`[` or `![`), given the span's matching brackets. */
export function markdownLinkAt(raw: string, start: number, closers: Closers, brackets: Map<number, number>): MarkdownFound | null {
  const image = raw.charCodeAt(start) === 33; /* ! */
  const open = start + (image ? 1 : 0);
  const close = brackets.get(open);
  if (close === undefined) return null;
  const after = raw.charCodeAt(close + 1);
  if (after === 40 /* ( */ && close + 2 <= closers.paren) {
    const end = destinationEnd(raw, close + 2);
    return { image, labelStart: open + 1, labelEnd: close, dest: destinationOf(raw.slice(close + 2, end)), end: end + 1 };
  }
  if (after === 91 /* [ */ && close + 2 <= closers.bracket) {
    return { image, labelStart: open + 1, labelEnd: close, dest: null, end: raw.indexOf("]", close + 2) + 1 };
  }
  return null;
}

/** Each `[` of the span with its matching `]` (escapes respected), found in one pass with a stack. */
export function matchBrackets(raw: string): Map<number, number> {
  const matches = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 91 /* [ */) stack.push(i);
    else if (c === 93 /* ] */ && stack.length > 0) matches.set(stack.pop() as number, i);
  }
  return matches;
}

/**
 * Index of the `)` closing a destination that starts at `from` (a `)` is known to follow). Balanced
 * parentheses stay in the URL (`wiki/Foo_(bar)`), looked for only a short way so a miss costs little.
 */
function destinationEnd(raw: string, from: number): number {
  const first = raw.indexOf(")", from);
  let depth = 0;
  for (let k = from; k < first; k++) if (raw.charCodeAt(k) === 40) depth++;
  for (let k = first + 1; depth > 0 && k < raw.length && k < first + 256; k++) {
    const c = raw.charCodeAt(k);
    if (c === 32 || c === 9) break;
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return k;
  }
  return first;
}

/** `<url with spaces>` or the first word; a title after it (`"…"`) is not part of the URL. */
function destinationOf(inside: string): string {
  const t = inside.trim();
  if (t.startsWith("<")) {
    const gt = t.indexOf(">");
    if (gt > 0) return t.slice(1, gt);
  }
  const space = t.search(/\s/);
  return space === -1 ? t : t.slice(0, space);
}

export function markdownLink(target: string, alias: string | null, embed: boolean, line: number): Link {
  return { kind: "markdown", target, heading: null, block: null, alias, embed, line };
}
