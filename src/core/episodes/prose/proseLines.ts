/** The lines of a note that could state a rotation in prose: body text outside tables, code and generated regions, with list, quote and callout marks taken off. */
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

/** Words one of which every movement the reader knows contains: one linear test per line, no lowercasing. */
const ANCHOR = /out of |away from|gave way|broadening|knocked |sold |selling |dumped | left | from |rotation|shift|trade|switch|swing/i;

/** Lines over this length are not prose a person wrote; reading them would cost without finding anything. */
const MAX_LINE = 4000;

export function proseLines(note: NoteModel, lines: string[], hidden: (line: number) => boolean): ProseLine[] {
  const out: ProseLine[] = [];
  let fence = false;
  let open: { line: number; raw: string[] } | null = null;
  const first = note.frontmatter ? note.frontmatter.endLine : 0;
  let anchored = false;
  const close = (): void => {
    // Marks are taken off only for paragraphs that pass the cheap tests: most never need it.
    if (open && anchored && mayStateMovement(open.raw.join(" ").toLowerCase())) out.push(paragraph(open.line, open.raw));
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
      anchored ||= ANCHOR.test(t);
      continue;
    }
    close();
    open = { line: i + 1, raw: [t] };
    anchored = ANCHOR.test(t);
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
  return s.replace(/\*\*/g, "").replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2").trim();
}
