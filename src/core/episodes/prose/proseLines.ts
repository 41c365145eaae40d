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

/** Lines over this length are not prose a person wrote; reading them would cost without finding anything. */
const MAX_LINE = 4000;

export function proseLines(note: NoteModel, lines: string[], hidden: (line: number) => boolean): ProseLine[] {
  const out: ProseLine[] = [];
  let fence = false;
  let open: ProseLine | null = null;
  const first = note.frontmatter ? note.frontmatter.endLine : 0;
  const close = (): void => {
    if (open && mayStateMovement(open.text.toLowerCase())) out.push(open);
    open = null;
  };
  for (let i = first; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t.startsWith("```") || t.startsWith("~~~")) fence = !fence;
    if (fence || t.startsWith("|") || t.length > MAX_LINE || hidden(i + 1) || t === "") {
      close();
      continue;
    }
    if (open && plain(t) && open.text.length + t.length < MAX_LINE) {
      const o: ProseLine = open;
      o.breaks.push(o.text.length + 1);
      o.text = `${o.text} ${stripMarks(t)}`;
      continue;
    }
    close();
    open = { line: i + 1, text: stripMarks(t), heading: t.startsWith("#"), breaks: [] };
    // Headings, list items and quotes stand alone; only plain paragraphs run on.
    if (!plain(t)) close();
  }
  close();
  return out;
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
