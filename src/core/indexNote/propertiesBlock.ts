/** Where a note's properties block lies, found line by line the way Obsidian finds it (a BOM, then `---` … `---`). */
import { CLOSE, OPEN } from "../parse/frontmatter";

export interface PropertiesBlock {
  /** Offset of the first byte after the BOM (0 without one). */
  start: number;
  /** Offset where the YAML text begins (after the opening line and its line break). */
  yamlStart: number;
  /** Offset where the closing `---` line begins (the YAML text ends here). */
  yamlEnd: number;
  /** The fence's language (`---js`), or "" for plain YAML. */
  language: string;
  /** The line break the block uses, kept for lines we add. */
  eol: "\n" | "\r\n";
}

/** The properties block at the top of `text`, or null when the note has none (or an unclosed one, which Obsidian ignores too). */
export function findPropertiesBlock(text: string): PropertiesBlock | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = lineAt(text, start);
  const open = OPEN.exec(first.content);
  if (!open || first.next > text.length) return null;
  let at = first.next;
  while (at < text.length) {
    const line = lineAt(text, at);
    if (CLOSE.test(line.content)) {
      return { start, yamlStart: first.next, yamlEnd: at, language: open[1] ?? "", eol: first.crlf ? "\r\n" : "\n" };
    }
    at = line.next;
  }
  return null;
}

/** Whether the note opens a properties block (closed or not): an unclosed one is the user's, half-written. */
export function opensPropertiesBlock(text: string): boolean {
  return OPEN.test(lineAt(text, text.charCodeAt(0) === 0xfeff ? 1 : 0).content);
}

/** The line starting at `from`: its text without the line break, and where the next line starts. */
function lineAt(text: string, from: number): { content: string; next: number; crlf: boolean } {
  const nl = text.indexOf("\n", from);
  const end = nl === -1 ? text.length : nl;
  const crlf = end > from && text.charCodeAt(end - 1) === 13;
  return { content: text.slice(from, crlf ? end - 1 : end), next: nl === -1 ? text.length + 1 : nl + 1, crlf };
}
