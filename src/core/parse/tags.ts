/** Tags from the `tags` property and from inline `#tags`, as Obsidian reads them. */
import { trimEndChars } from "../text/trimChars";
import type { Tag } from "../model/types";
import { backtickRuns, codeSpanAt, type BacktickRuns } from "./codeSpans";
import { closersOf } from "./links";

/**
 * `#` at the start of the line or after whitespace (`a#b` is no tag), then anything but whitespace and
 * ASCII punctuation other than `_ - /`: letters of any script, digits, emoji.
 */
const INLINE_TAG = /(^|\s)#([^\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~]+)/gu;
/** Obsidian: a tag needs at least one character that is not a digit (`#2026` is no tag). */
const ONLY_DIGITS = /^\d+$/;
/** What may hide a `#` from being a tag: code, a wikilink, a link's URL, a bare URL. */
const HIDER = /[`[\]:]/g;
const SCHEME_CHAR = /[A-Za-z0-9+.-]/;

export function propertyTags(properties: Record<string, unknown>): Tag[] {
  const value = properties.tags ?? properties.tag;
  const list: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
  const tags: Tag[] = [];
  for (const item of list) {
    if (typeof item !== "string" && typeof item !== "number") continue;
    const name = String(item).trim().replace(/^#/, "");
    if (name !== "" && !ONLY_DIGITS.test(name)) tags.push({ name, line: 0 });
  }
  return tags;
}

/** Inline tags of one line; pass the line through `tagVisibleText` first. */
export function inlineTags(visible: string, line: number, out: Tag[]): void {
  if (!visible.includes("#")) return;
  INLINE_TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_TAG.exec(visible)) !== null) {
    const name = trimEndChars(m[2], "/");
    if (name !== "" && !ONLY_DIGITS.test(name)) out.push({ name, line });
  }
}

/**
 * The line with code spans, wikilinks, markdown link URLs and bare URLs blanked, so their `#` are not
 * read as tags. One pass: each hidden stretch ends at a closer known to exist, or is skipped at once.
 */
export function tagVisibleText(text: string): string {
  HIDER.lastIndex = 0;
  if (!HIDER.test(text)) return text;
  const closers = closersOf(text);
  let runs: BacktickRuns | null = null;
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    HIDER.lastIndex = i;
    const m = HIDER.exec(text);
    if (!m) break;
    const at = m.index;
    const c = text.charCodeAt(at);
    let from = at;
    let to = -1;
    if (c === 96 /* ` */) {
      runs ??= backtickRuns(text);
      const code = codeSpanAt(text, at, runs);
      if (code.code) to = code.end;
      else i = code.end;
    } else if (c === 91 /* [ */ && text.charCodeAt(at + 1) === 91 && at + 2 <= closers.wiki) {
      to = text.indexOf("]]", at + 2) + 2;
    } else if (c === 93 /* ] */ && text.charCodeAt(at + 1) === 40 && at + 2 <= closers.paren) {
      from = at + 1;
      to = text.indexOf(")", at + 2) + 1;
    } else if (c === 58 /* : */ && text.startsWith("//", at + 1)) {
      from = schemeStart(text, at, copied);
      to = wordEnd(text, at);
    }
    if (to === -1) {
      i = Math.max(i, at + 1);
      continue;
    }
    out += text.slice(copied, from) + " ";
    copied = i = to;
  }
  return out + text.slice(copied);
}

/** Start of the URL scheme ending at `colon` (`https`), looked for at most 32 characters back. */
function schemeStart(text: string, colon: number, floor: number): number {
  let k = colon;
  while (k > floor && colon - k < 32 && SCHEME_CHAR.test(text[k - 1])) k--;
  return k;
}

const SPACE = /\s/g;

function wordEnd(text: string, from: number): number {
  SPACE.lastIndex = from;
  const m = SPACE.exec(text);
  return m ? m.index : text.length;
}
