/** The lines of a note that could state a rotation in prose: body text outside tables, code and generated regions, with list, quote and callout marks taken off. */
import type { NoteModel } from "../../model/types";
import { mayStateMovement } from "./movement";

export interface ProseLine {
  line: number;
  text: string;
  heading: boolean;
}

/** Lines over this length are not prose a person wrote; reading them would cost without finding anything. */
const MAX_LINE = 4000;

export function proseLines(note: NoteModel, lines: string[], hidden: (line: number) => boolean): ProseLine[] {
  const out: ProseLine[] = [];
  let fence = false;
  const first = note.frontmatter ? note.frontmatter.endLine : 0;
  for (let i = first; i < lines.length; i++) {
    const raw = lines[i];
    const t = raw.trimStart();
    if (t.startsWith("```") || t.startsWith("~~~")) fence = !fence;
    if (fence || t.startsWith("|") || t.length > MAX_LINE || hidden(i + 1)) continue;
    if (!mayStateMovement(t.toLowerCase())) continue;
    out.push({ line: i + 1, text: stripMarks(t), heading: t.startsWith("#") });
  }
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
