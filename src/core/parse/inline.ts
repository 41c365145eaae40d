/** Reads one span of inline markdown: what a reader sees of it, and the links it holds. */
import type { Link } from "../model/types";

const PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };
const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?\/?>/;
const AUTOLINK = /^<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/i;
const ENTITY = /^&(#?[a-z0-9]{1,8});/i;

export interface InlineResult {
  text: string;
  links: Link[];
}

/** Display text and links of `raw`; links get `line`. Linear in the span's length. */
export function readInline(raw: string, line: number): InlineResult {
  const links: Link[] = [];
  // Fast path: plain words need no work beyond a trim.
  if (!/[\\`[\]<>*_&!]|~~|==/.test(raw)) return { text: raw.trim(), links };
  let out = "";
  let i = 0;
  const n = raw.length;
  // Openers after the last `]]` can never close; checking once keeps unbalanced text linear.
  const lastClose = raw.lastIndexOf("]]");
  while (i < n) {
    const c = raw[i];
    if (c === "\\" && i + 1 < n && PUNCT.includes(raw[i + 1])) {
      out += raw[i + 1];
      i += 2;
    } else if (c === "`") {
      const span = codeSpan(raw, i);
      out += span.text;
      i = span.end;
    } else if (((c === "[" && raw[i + 1] === "[") || (c === "!" && raw[i + 1] === "[" && raw[i + 2] === "[")) && i < lastClose) {
      const w = wikilink(raw, i, line);
      if (w && "retry" in w) {
        out += raw.slice(i, w.retry);
        i = w.retry;
      } else if (w) {
        links.push(w.link);
        out += w.text;
        i = w.end;
      } else {
        out += c;
        i++;
      }
    } else if (c === "[" && raw[i + 1] === "[") {
      out += "[[";
      i += 2;
    } else if (c === "[" || (c === "!" && raw[i + 1] === "[")) {
      const m = markdownLink(raw, i, line);
      if (m) {
        if (m.link) links.push(m.link);
        out += m.text;
        i = m.end;
      } else {
        out += c;
        i++;
      }
    } else if (c === "<") {
      const rest = raw.slice(i, i + 400);
      const auto = AUTOLINK.exec(rest);
      const tag = auto ? null : HTML_TAG.exec(rest);
      if (auto) {
        links.push(mdLink(auto[1], null, false, line));
        out += auto[1];
        i += auto[0].length;
      } else if (tag) i += tag[0].length;
      else {
        out += c;
        i++;
      }
    } else if (c === "&") {
      const e = ENTITY.exec(raw.slice(i, i + 12));
      const decoded = e ? decodeEntity(e[1]) : null;
      out += decoded ?? c;
      i += decoded !== null && e ? e[0].length : 1;
    } else if (c === "*" || ((c === "~" || c === "=") && raw[i + 1] === c)) {
      i = skipRun(raw, i, c);
    } else if (c === "_" && !intraword(raw, i)) {
      i = skipRun(raw, i, c);
    } else {
      // Copy the run of ordinary characters in one slice: far fewer string pieces than one per character.
      let k = i + 1;
      while (k < n && !SPECIAL.has(raw.charCodeAt(k))) k++;
      out += raw.slice(i, k);
      i = k;
    }
  }
  return { text: out.trim(), links };
}

/** Characters that may start markup; everything else is copied through as is. */
const SPECIAL = new Set([..."\\`[]<>*_~=&!"].map((ch) => ch.charCodeAt(0)));

/**
 * Only the links of a span, for prose lines whose display text nobody reads; lines without a bracket
 * cost one check.
 */
/** Shared by every span without links, so the common case allocates nothing. Never mutated. */
export const NO_LINKS: Link[] = Object.freeze([]) as unknown as Link[];

export function linksIn(raw: string, line: number): Link[] {
  if (!raw.includes("[") && !raw.includes("<")) return NO_LINKS;
  // Code spans, escapes and autolinks need the full pass; plain prose gets a bracket-to-bracket scan.
  if (raw.includes("`") || raw.includes("\\") || raw.includes("<")) return readInline(raw, line).links;
  const links: Link[] = [];
  let i = raw.indexOf("[");
  while (i !== -1) {
    const start = i > 0 && raw[i - 1] === "!" ? i - 1 : i;
    const found = raw[i + 1] === "[" ? wikilink(raw, start, line) : markdownLink(raw, start, line);
    if (found && "retry" in found) {
      i = raw.indexOf("[", found.retry);
      continue;
    }
    if (found?.link) links.push(found.link);
    i = raw.indexOf("[", found ? found.end : i + (raw[i + 1] === "[" ? 2 : 1));
  }
  return links;
}

/** A backtick run opens a code span only when a run of the same length closes it. */
function codeSpan(raw: string, start: number): { text: string; end: number } {
  let k = start;
  while (raw[k] === "`") k++;
  const ticks = k - start;
  let j = k;
  for (;;) {
    const next = raw.indexOf("`", j);
    if (next === -1) return { text: raw.slice(start, k), end: k };
    let e = next;
    while (raw[e] === "`") e++;
    if (e - next === ticks) {
      let body = raw.slice(k, next).replace(/\\\|/g, "|");
      if (body.length > 2 && body.startsWith(" ") && body.endsWith(" ") && body.trim() !== "") body = body.slice(1, -1);
      return { text: body, end: e };
    }
    j = e;
  }
}

function wikilink(raw: string, start: number, line: number): { link: Link; text: string; end: number } | { retry: number } | null {
  const embed = raw[start] === "!";
  const open = start + (embed ? 3 : 2);
  const close = raw.indexOf("]]", open);
  if (close === -1) return null;
  const inner = raw.slice(open, close);
  // An inner `[[` means this opener is unbalanced. Every opener before the last inner one would fail the
  // same way, so the scan resumes there: text with thousands of `[[` stays linear.
  const lastInner = inner.lastIndexOf("[[");
  if (lastInner !== -1) return { retry: open + lastInner };
  // In tables Obsidian writes the alias bar as `\|`; it is still the alias bar.
  const unescaped = inner.replace(/\\\|/g, "|");
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

function markdownLink(raw: string, start: number, line: number): { link: Link | null; text: string; end: number } | null {
  const image = raw[start] === "!";
  const open = start + (image ? 1 : 0);
  const close = matchingBracket(raw, open);
  if (close === -1) return null;
  const label = raw.slice(open + 1, close);
  const inner = readInline(label, line);
  if (raw[close + 1] === "(") {
    const end = raw.indexOf(")", close + 2);
    if (end === -1) return null;
    const dest = raw.slice(close + 2, end).trim().split(/\s+/)[0].replace(/^<|>$/g, "");
    return { link: mdLink(dest, inner.text || null, image, line), text: image ? "" : inner.text, end: end + 1 };
  }
  if (raw[close + 1] === "[") {
    const end = raw.indexOf("]", close + 2);
    if (end === -1) return null;
    return { link: null, text: inner.text, end: end + 1 };
  }
  return null;
}

function matchingBracket(raw: string, open: number): number {
  let depth = 0;
  for (let k = open; k < raw.length && k < open + 1000; k++) {
    const ch = raw[k];
    if (ch === "\\") k++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return k;
  }
  return -1;
}

function mdLink(target: string, alias: string | null, embed: boolean, line: number): Link {
  return { kind: "markdown", target, heading: null, block: null, alias, embed, line };
}

function skipRun(raw: string, i: number, c: string): number {
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
