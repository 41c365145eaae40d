/** Tags from the `tags` property and from inline `#tags`, as Obsidian reads them. */
import type { Tag } from "../model/types";

/**
 * `#` at the start or after whitespace/opening punctuation, then anything but spaces and punctuation
 * (`_ - /` allowed), as Obsidian reads tags: letters of any script, digits, emoji; not only digits.
 */
const INLINE_TAG = /(^|[\s([{,;])#([^\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~]+)/gu;
const ALL_DIGITS = /^[\d/_-]+$/;

export function propertyTags(properties: Record<string, unknown>): Tag[] {
  const value = properties.tags ?? properties.tag;
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
  const tags: Tag[] = [];
  for (const item of list) {
    if (typeof item !== "string" && typeof item !== "number") continue;
    const name = String(item).trim().replace(/^#/, "");
    if (name !== "" && !ALL_DIGITS.test(name)) tags.push({ name, line: 0 });
  }
  return tags;
}

/** Inline tags of one line; code spans and link targets are removed by the caller's `visible` text. */
export function inlineTags(visible: string, line: number, out: Tag[]): void {
  if (!visible.includes("#")) return;
  INLINE_TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_TAG.exec(visible)) !== null) {
    const name = m[2].replace(/\/+$/, "");
    if (name !== "" && !ALL_DIGITS.test(name)) out.push({ name, line });
  }
}

/** The line with code spans, wikilinks, markdown links and URLs blanked, so their `#` are not read as tags. */
export function tagVisibleText(text: string): string {
  let t = text;
  if (t.includes("`")) t = t.replace(/(`+)[^`]*?\1/g, " ");
  if (t.includes("[[")) t = t.replace(/!?\[\[[^\]]*\]\]/g, " ");
  if (t.includes("](")) t = t.replace(/\]\([^)]*\)/g, "] ");
  if (t.includes("://")) t = t.replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, " ");
  return t;
}
