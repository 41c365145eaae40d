/**
 * The lines of a note that could state a rotation in prose: body text outside tables, code and generated regions, with
 * list, quote and callout marks taken off.
 */
import { linkFreeText } from "../../parse/inline";
import type { NoteModel } from "../../model/types";
import { mayStateMovement } from "./movement";

export interface ProseLine {
  line: number;
  text: string;
  heading: boolean;
  /** Where each further line of a hard-wrapped paragraph starts in `text`. */
  breaks: number[];
}

/** The line a position in a paragraph falls on. */
export function lineAt(p: ProseLine, at: number): number {
  let line = p.line;
  for (const b of p.breaks) if (at >= b) line++;
  return line;
}

/** A line that carries on the paragraph above: plain text, no list, heading, quote, table or embed mark. */
function plain(t: string): boolean {
  return t !== "" && !/^(?:[-*+>|#!]|\d{1,3}[.)]\s|```|~~~|%%)/.test(t);
}

/**
 * Words one of which every movement the reader knows contains, or "to" shortly before a rotation
 * noun ("Europe to Japan rotation"). Literal alternations and a bounded run: linear in the text.
 */
const WORDS = "(?:[Oo]ut of|[Aa]way from|[Gg]ave way|[Bb]roadening|[Kk]nocked|[Ss]old|[Ss]elling|[Dd]umped|[Ll]eft|[Ff]rom) ";
// A word starts after a space or at a line's start; case-sensitive classes scan faster than the i flag.
const ANCHOR = new RegExp(` ${WORDS}|^${WORDS}|-to-|→`, "m");
const NAMED = /\bto [^.\n]{0,60}(?:rotation|shift|trade|switch|swing)/i;

function isAnchored(t: string): boolean {
  return ANCHOR.test(t) || NAMED.test(t);
}

/**
 * Whether any line of a note could reach the prose reader: one pass over the text between its tables
 * (research notes are mostly tables, and table rows never reach the reader).
 */
export function mayHoldProse(note: NoteModel, text: string): boolean {
  let line = 1;
  let at = 0;
  const offsetOf = (target: number): number => {
    while (line < target && at !== -1) {
      at = text.indexOf("\n", at);
      if (at !== -1) at++;
      line++;
    }
    return at === -1 ? text.length : at;
  };
  let from = note.frontmatter ? offsetOf(note.frontmatter.endLine + 1) : 0;
  for (const t of note.tables) {
    if (t.line < line) continue;
    const start = offsetOf(t.line);
    if (start > from && isAnchored(text.slice(from, start))) return true;
    from = offsetOf(t.endLine + 1);
  }
  return from < text.length && isAnchored(text.slice(from));
}

/** Lines over this length are not prose a person wrote; reading them would cost without finding anything. */
const MAX_LINE = 4000;

/** `test` is the reader's own cheap test of a raw line, and `passes` of a whole paragraph (lower case). */
export function proseLines(
  note: NoteModel,
  lines: string[],
  hidden: (line: number) => boolean,
  test: (raw: string) => boolean = isAnchored,
  passes: (lower: string) => boolean = mayStateMovement,
): ProseLine[] {
  const out: ProseLine[] = [];
  let fence = false;
  let open: { line: number; raw: string[] } | null = null;
  const first = note.frontmatter ? note.frontmatter.endLine : 0;
  let anchored = false;
  const close = (): void => {
    // Marks are taken off only for paragraphs that pass the cheap tests: most never need it.
    if (open && anchored && passes(open.raw.join(" ").toLowerCase())) out.push(paragraph(open.line, open.raw));
    open = null;
    anchored = false;
  };
  for (let i = first; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t.startsWith("```") || t.startsWith("~~~")) fence = !fence;
    if (fence || t.startsWith("|") || t.length > MAX_LINE || hidden(i + 1) || t === "") {
      close();
      continue;
    }
    if (open && plain(t) && open.raw.length < 40) {
      (open as { raw: string[] }).raw.push(t);
      anchored ||= test(t);
      continue;
    }
    close();
    open = { line: i + 1, raw: [t] };
    anchored = test(t);
    // Headings, list items and quotes stand alone; only plain paragraphs run on.
    if (!plain(t)) close();
  }
  close();
  return out;
}

function paragraph(line: number, raw: string[]): ProseLine {
  const p: ProseLine = { line, text: stripMarks(raw[0]), heading: raw[0].startsWith("#"), breaks: [] };
  for (const t of raw.slice(1)) {
    p.breaks.push(p.text.length + 1);
    p.text = `${p.text} ${stripMarks(t)}`;
  }
  return p;
}

/** "> [!info] ", "- [ ] ", "1. ", "## " and emphasis marks off the front. */
export function stripMarks(t: string): string {
  let s = t;
  for (let k = 0; k < 4; k++) {
    const before = s;
    s = s.replace(/^(?:>\s?|#{1,6}\s|[-*+]\s(?:\[.\]\s)?|\d{1,3}[.)]\s|\[![a-z-]+\][+-]?\s?)/i, "");
    if (s === before) break;
  }
  return linkFreeText(s.replace(/\*\*/g, "")).trim();
}
