/**
 * Which lines of a note are live markdown, where a marker line counts: not a fenced code block (``` or
 * ~~~), not a `$$` math block, not an HTML comment. A marker written inside one of those is the user's text
 * (documentation, an example), and is never taken for the region. A block left open to the end of the note
 * hides nothing: otherwise a stray fence above the region would hide it, and every refresh would append
 * another. The properties block is returned apart (a marker there is a mistake to report, not to skip).
 */
import { findPropertiesBlock } from "./propertiesBlock";

export interface NoteLine {
  /** 1-based. */
  line: number;
  start: number;
  /** Offset of the line break (or the text's end). */
  end: number;
  /** Without its line break. */
  content: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Passes over the text at most: each starts after a block left open; past this many, the rest is live. */
const MAX_PASSES = 8;

/** The lines of the properties block (fences included) and the live lines after it, in order. */
export function liveLines(text: string): { properties: NoteLine[]; live: NoteLine[] } {
  const all = splitNoteLines(text);
  const props = findPropertiesBlock(text);
  let from = props ? all.findIndex((l) => l.start > props.yamlEnd) : 0;
  const properties = props ? all.slice(0, from === -1 ? all.length : from) : [];
  const live: NoteLine[] = [];
  for (let pass = 0; from !== -1 && from < all.length; pass++) {
    const unclosedAt = scan(all, from, live, pass >= MAX_PASSES);
    if (unclosedAt === -1) break;
    // The opener at `unclosedAt` never closed: it is an ordinary line, and what follows is read again.
    live.push(all[unclosedAt]);
    from = unclosedAt + 1;
  }
  return { properties, live };
}

/** Lines from `from` on, live ones pushed to `live`; the index of a block opener left open at the end, else -1. */
function scan(all: NoteLine[], from: number, live: NoteLine[], plain: boolean): number {
  let closing: ((content: string) => boolean) | null = null;
  let openedAt = -1;
  const hidden: NoteLine[] = [];
  for (let i = from; i < all.length; i++) {
    const l = all[i];
    if (closing !== null) {
      if (closing(l.content)) [closing, hidden.length] = [null, 0];
      else hidden.push(l);
      continue;
    }
    closing = plain ? null : opener(l.content);
    if (closing !== null) openedAt = i;
    else live.push(l);
  }
  return closing !== null ? openedAt : -1;
}

/** If the line opens a block that hides markers, the test for the line that closes it. */
function opener(content: string): ((line: string) => boolean) | null {
  const fence = FENCE.exec(content);
  if (fence) {
    const mark = fence[1];
    return (line) => {
      const close = FENCE.exec(line);
      return close !== null && close[1][0] === mark[0] && close[1].length >= mark.length && line.trim() === close[1];
    };
  }
  const trimmed = content.trim();
  if (trimmed.startsWith("$$") && (trimmed.length === 2 || !trimmed.endsWith("$$"))) return (line) => line.trim().endsWith("$$");
  const comment = content.lastIndexOf("<!--");
  if (comment !== -1 && content.indexOf("-->", comment) === -1) return (line) => line.includes("-->");
  return null;
}

function splitNoteLines(text: string): NoteLine[] {
  const out: NoteLine[] = [];
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    let nl = text.indexOf("\n", start);
    if (nl === -1) nl = text.length;
    const content = text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl);
    out.push({ line, start, end: nl, content });
    start = nl + 1;
  }
  return out;
}
