/** Classifies each body line once: what a reader would see of it, its blockquote depth, and whether it is code or comment. */
import type { Problem } from "../model/types";

export interface LineInfo {
  /** The line without blockquote/callout `>` markers and without inline `%%…%%` / `<!--…-->` comments. */
  text: string;
  /** Number of `>` markers the line started with. */
  depth: number;
  /** Inside fenced or indented code, or a multi-line comment: no tables, links or tags here. */
  hidden: boolean;
  /** The line is a fence (``` or ~~~) that opens or closes code. */
  fence: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Code and comment lines are never read again, so they share one object: a note that is mostly code
 * or an unclosed comment then costs no allocation per line.
 */
const HIDDEN: LineInfo = Object.freeze({ text: "", depth: 0, hidden: true, fence: false });
const FENCE_LINE: LineInfo = Object.freeze({ text: "", depth: 0, hidden: true, fence: true });

interface State {
  fence: string | null;
  fenceLine: number;
  comment: "%%" | "-->" | null;
  commentLine: number;
  prevBlank: boolean;
  inList: boolean;
  indentedCode: boolean;
}

export function scanLines(lines: string[], from: number, problems: Problem[]): LineInfo[] {
  const infos: LineInfo[] = new Array<LineInfo>(lines.length);
  for (let i = 0; i < from; i++) infos[i] = HIDDEN;
  const s: State = { fence: null, fenceLine: 0, comment: null, commentLine: 0, prevBlank: true, inList: false, indentedCode: false };
  for (let i = from; i < lines.length; i++) infos[i] = scanLine(lines[i], i + 1, s);
  if (s.fence !== null)
    problems.push({ line: s.fenceLine, message: `code fence ${s.fence} is never closed; the rest of the note is read as code` });
  if (s.comment !== null)
    problems.push({
      line: s.commentLine,
      message: `comment ${s.comment === "%%" ? "%%" : "<!--"} is never closed; the rest of the note is hidden`,
    });
  return infos;
}

function scanLine(raw: string, lineNo: number, s: State): LineInfo {
  const { depth, rest } = stripQuotes(raw);
  if (s.fence !== null) {
    const close = mayBeFence(rest) ? FENCE.exec(rest) : null;
    if (close && close[1][0] === s.fence[0] && close[1].length >= s.fence.length && rest.trim() === close[1]) {
      s.fence = null;
      return FENCE_LINE;
    }
    return HIDDEN;
  }
  if (s.comment !== null) return continueComment(rest, depth, s, lineNo);
  const blank = rest.trim() === "";
  if (!blank && isIndentedCode(rest, s)) {
    s.indentedCode = true;
    s.prevBlank = false;
    return HIDDEN;
  }
  if (!blank) s.indentedCode = false;
  const open = mayBeFence(rest) ? FENCE.exec(rest) : null;
  if (open && !(open[1][0] === "`" && rest.slice(open[0].length).includes("`"))) {
    s.fence = open[1];
    s.fenceLine = lineNo;
    s.prevBlank = false;
    return FENCE_LINE;
  }
  const text = stripInlineComments(rest, s, lineNo);
  s.prevBlank = blank;
  if (!blank) s.inList = isListItem(rest) || (s.inList && (rest.charCodeAt(0) === 32 || rest.charCodeAt(0) === 9));
  return { text, depth, hidden: false, fence: false };
}

/** `- x`, `* x`, `+ x`, `1. x`, `1) x`, indented or not; first characters only, no regex on ordinary lines. */
function isListItem(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) return isSpaceOrEnd(text, i + 1);
  if (c < 48 || c > 57) return false;
  return /^\d{1,9}[.)](\s|$)/.test(text.slice(i));
}

function isSpaceOrEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i >= text.length || c === 32 || c === 9;
}

/** Four spaces or a tab after a blank line (outside a list) start indented code, as in CommonMark. */
function isIndentedCode(rest: string, s: State): boolean {
  if (!(rest.startsWith("    ") || rest.startsWith("\t"))) return false;
  if (s.indentedCode) return true;
  return s.prevBlank && !s.inList;
}

/** Fences start with ``` or ~~~ after at most three spaces; checking the first characters avoids a regex per line. */
function mayBeFence(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 96 || c === 126) return true;
  return c === 32 && /^ {1,3}[`~]/.test(text);
}

function stripQuotes(raw: string): { depth: number; rest: string } {
  if (raw.length === 0 || (raw[0] !== ">" && raw[0] !== " ")) return { depth: 0, rest: raw };
  let depth = 0;
  let i = 0;
  for (;;) {
    let j = i;
    while (j < raw.length && j - i < 3 && raw[j] === " ") j++;
    if (raw[j] !== ">") break;
    depth++;
    i = j + 1;
    if (raw[i] === " ") i++;
  }
  return { depth, rest: depth === 0 ? raw : raw.slice(i) };
}

function continueComment(rest: string, depth: number, s: State, lineNo: number): LineInfo {
  const closer = s.comment ?? "%%";
  const end = rest.indexOf(closer);
  if (end === -1) return HIDDEN;
  s.comment = null;
  const after = rest.slice(end + closer.length);
  return { text: stripInlineComments(after, s, lineNo), depth, hidden: after.trim() === "", fence: false };
}

/** Remove `%%…%%` and `<!--…-->` spans; an opener without a closer on the line starts a multi-line comment. */
function stripInlineComments(text: string, s: State, lineNo: number): string {
  const pct = text.indexOf("%");
  const lt = text.indexOf("<");
  if ((pct === -1 || !text.includes("%%", pct)) && (lt === -1 || !text.includes("<!--", lt))) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const pct = text.indexOf("%%", i);
    const html = text.indexOf("<!--", i);
    if (pct === -1 && html === -1) break;
    const isPct = pct !== -1 && (html === -1 || pct < html);
    const start = isPct ? pct : html;
    const closer = isPct ? "%%" : "-->";
    const end = text.indexOf(closer, start + (isPct ? 2 : 4));
    out += text.slice(i, start);
    if (end === -1) {
      s.comment = closer;
      s.commentLine = lineNo;
      return out;
    }
    i = end + closer.length;
  }
  return out + text.slice(i);
}
