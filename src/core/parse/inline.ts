/** Reads one span of inline markdown: what a reader sees of it, and the links it holds. */
import type { Link } from "../model/types";
import { backtickRuns, codeSpanAt, type BacktickRuns } from "./codeSpans";
import { closersOf, markdownLink, markdownLinkAt, matchBrackets, wikilinkAt, type Closers } from "./links";

const PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };
// `\s` then anything but angle brackets: one way to match, so a long unclosed tag costs one pass.
const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;
const AUTOLINK = /^<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/i;
const ENTITY = /^&(#?[a-z0-9]{1,8});/i;
/** Labels inside labels (`[![img](a)](b)`) are read; deeper nesting is shown as written, which keeps cost linear. */
const MAX_LABEL_DEPTH = 2;

export interface InlineResult {
  text: string;
  links: Link[];
}

/** Shared by every span without links, so the common case allocates nothing. Never mutated. */
export const NO_LINKS: Link[] = Object.freeze([]) as unknown as Link[];

/** One span being read; the indexes of its brackets and backticks are built only when first needed. */
interface Span {
  raw: string;
  line: number;
  depth: number;
  out: string;
  closers: Closers;
  runs: BacktickRuns | null;
  brackets: Map<number, number> | null;
  /** `[[` openers before this index are known not to close (a later `[[` comes before their `]]`). */
  unclosedBefore: number;
  links: Link[];
}

/**
 * Display text and links of `raw`, each link with `line`. Emphasis marks, code backticks, HTML tags and
 * escapes are dropped; links show as Obsidian shows them. Linear in the span's length.
 */
export function readInline(raw: string, line: number): InlineResult {
  return read(raw, line, 0);
}

/** A span as it reads with its links shown as Obsidian shows them (the alias, else the note): for text compared or keyed. */
export function linkFreeText(raw: string): string {
  return read(raw, 0, 0).text;
}

/**
 * Only the links of a span, for prose lines whose display text nobody reads: without code, escapes or
 * angle brackets, a jump from bracket to bracket finds them.
 */
export function linksIn(raw: string, line: number): Link[] {
  if (!raw.includes("[") && !raw.includes("<")) return NO_LINKS;
  if (raw.includes("`") || raw.includes("\\") || raw.includes("<")) return read(raw, line, 0).links;
  const s = spanOf(raw, line, 0);
  let i = raw.indexOf("[");
  while (i !== -1) {
    const start = i > 0 && raw[i - 1] === "!" ? i - 1 : i;
    const end = bracketAt(s, start);
    i = raw.indexOf("[", end === -1 ? i + 1 : end);
  }
  return s.links.length ? s.links : NO_LINKS;
}

function spanOf(raw: string, line: number, depth: number): Span {
  return { raw, line, depth, out: "", closers: closersOf(raw), runs: null, brackets: null, unclosedBefore: -1, links: [] };
}

function read(raw: string, line: number, depth: number): InlineResult {
  // Fast path: plain words need no work beyond a trim.
  if (!/[\\`[\]<>*_&!]|~~|==/.test(raw)) return { text: raw.trim(), links: NO_LINKS };
  const s = spanOf(raw, line, depth);
  let i = 0;
  while (i < raw.length) i = readAt(s, i);
  return { text: s.out.trim(), links: s.links.length ? s.links : NO_LINKS };
}

/** Reads the markup or text at `i` into `s.out`; returns where reading goes on. */
function readAt(s: Span, i: number): number {
  const raw = s.raw;
  const c = raw[i];
  if (c === "\\" && i + 1 < raw.length && PUNCT.includes(raw[i + 1])) return emit(s, raw[i + 1], i + 2);
  if (c === "`") {
    s.runs ??= backtickRuns(raw);
    const code = codeSpanAt(raw, i, s.runs);
    return emit(s, code.text, code.end);
  }
  if (c === "[" || (c === "!" && raw[i + 1] === "[")) {
    const end = bracketAt(s, i);
    return end === -1 ? emit(s, c, i + 1) : end;
  }
  if (c === "<") return angleAt(s, i);
  if (c === "&") return entityAt(s, i);
  if (c === "*" || ((c === "~" || c === "=") && raw[i + 1] === c)) return runEnd(raw, i, c);
  if (c === "_") return intraword(raw, i) ? emit(s, raw.slice(i, runEnd(raw, i, c)), runEnd(raw, i, c)) : runEnd(raw, i, c);
  // Copy the run of ordinary characters in one slice: far fewer string pieces than one per character.
  let k = i + 1;
  while (k < raw.length && !SPECIAL.has(raw.charCodeAt(k))) k++;
  return emit(s, raw.slice(i, k), k);
}

function emit(s: Span, text: string, end: number): number {
  s.out += text;
  return end;
}

/** Characters that may start markup; everything else is copied through as is. */
const SPECIAL = new Set([..."\\`[]<>*_~=&!"].map((ch) => ch.charCodeAt(0)));

/** A wikilink, embed, markdown link or image at `i`; -1 when the bracket is plain text. */
function bracketAt(s: Span, i: number): number {
  const raw = s.raw;
  const bang = raw[i] === "!";
  if (raw[i + (bang ? 2 : 1)] === "[") {
    const opener = i + (bang ? 3 : 2);
    // An opener that cannot close is plain text; what follows it is still read (escapes, code, links).
    const w = opener - 2 < s.unclosedBefore ? null : wikilinkAt(raw, i, s.line, s.closers);
    if (w === null) return emit(s, raw.slice(i, opener), opener);
    if ("retry" in w) {
      s.unclosedBefore = w.retry;
      return emit(s, raw.slice(i, opener), opener);
    }
    s.links.push(w.link);
    return emit(s, w.text, w.end);
  }
  if (s.depth >= MAX_LABEL_DEPTH) return -1;
  s.brackets ??= matchBrackets(raw);
  const m = markdownLinkAt(raw, i, s.closers, s.brackets);
  if (!m) return -1;
  const label = read(raw.slice(m.labelStart, m.labelEnd), s.line, s.depth + 1);
  if (m.dest !== null) s.links.push(markdownLink(m.dest, label.text || null, m.image, s.line));
  for (const l of label.links) s.links.push(l);
  return emit(s, m.image ? "" : label.text, m.end);
}

/** `<https://…>` is a link showing its URL; an HTML tag shows nothing (its text around it stays). */
function angleAt(s: Span, i: number): number {
  const rest = s.raw.slice(i, i + 400);
  const auto = AUTOLINK.exec(rest);
  if (auto) {
    s.links.push(markdownLink(auto[1], null, false, s.line));
    return emit(s, auto[1], i + auto[0].length);
  }
  const tag = HTML_TAG.exec(rest);
  return tag ? i + tag[0].length : emit(s, "<", i + 1);
}

function entityAt(s: Span, i: number): number {
  const e = ENTITY.exec(s.raw.slice(i, i + 12));
  const decoded = e ? decodeEntity(e[1]) : null;
  return decoded !== null && e ? emit(s, decoded, i + e[0].length) : emit(s, "&", i + 1);
}

function runEnd(raw: string, i: number, c: string): number {
  let k = i;
  while (raw[k] === c) k++;
  return k;
}

/** `snake_case` keeps its underscores; emphasis underscores sit at a word's edge. */
function intraword(raw: string, i: number): boolean {
  let a = i - 1;
  while (a >= 0 && raw[a] === "_") a--;
  let b = i;
  while (b < raw.length && raw[b] === "_") b++;
  return a >= 0 && b < raw.length && isWordChar(raw[a]) && isWordChar(raw[b]);
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

function decodeEntity(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower in ENTITIES) return ENTITIES[lower];
  if (lower.startsWith("#x")) return safeCodePoint(parseInt(lower.slice(2), 16));
  if (lower.startsWith("#")) return safeCodePoint(parseInt(lower.slice(1), 10));
  return null;
}

function safeCodePoint(n: number): string | null {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}
