/** Finds the rotation-chart and rotation-classify code blocks of a note's text, with the line of each opening fence. */

export type BlockLanguage = "rotation-chart" | "rotation-classify";

export interface FoundBlock {
  language: BlockLanguage;
  /** 1-based line of the opening fence. */
  line: number;
  /** The block's body, as Obsidian hands it to a code block processor. */
  source: string;
}

const LANGUAGES: readonly string[] = ["rotation-chart", "rotation-classify"];

/** Fenced blocks at the top level or in a blockquote/callout (`> ```rotation-chart`); an unclosed one runs to the end, as in Obsidian. */
export function findBlocks(text: string): FoundBlock[] {
  const lines = text.split(/\r?\n|\r/);
  const found: FoundBlock[] = [];
  let open: Open | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (open === null) {
      const { quote, rest } = splitQuote(lines[i]);
      const fence = fenceOf(rest);
      if (fence)
        open = { fence, language: rest.trim().slice(fence.length).trim().split(/\s/)[0].toLowerCase(), line: i + 1, body: [], quote };
      continue;
    }
    const rest = lines[i].startsWith(open.quote) ? lines[i].slice(open.quote.length) : lines[i];
    if (!closes(rest, open.fence)) {
      open.body.push(rest);
      continue;
    }
    keep(open, found);
    open = null;
  }
  if (open !== null) keep(open, found);
  return found;
}

interface Open {
  fence: string;
  language: string;
  line: number;
  body: string[];
  quote: string;
}

function keep(open: Open, found: FoundBlock[]): void {
  if (LANGUAGES.includes(open.language))
    found.push({ language: open.language as BlockLanguage, line: open.line, source: open.body.join("\n") });
}

/** The `>` markers (with one space each) a line starts with, and the rest. */
function splitQuote(raw: string): { quote: string; rest: string } {
  let i = 0;
  while (raw[i] === ">") i += raw[i + 1] === " " ? 2 : 1;
  return { quote: raw.slice(0, i), rest: raw.slice(i) };
}

/** ``` or ~~~ (three or more) after at most three spaces; a backtick fence's info text holds no backtick. */
function fenceOf(line: string): string | null {
  const t = line.replace(/^ {0,3}/, "");
  const c = t[0];
  if (c !== "`" && c !== "~") return null;
  let n = 0;
  while (t[n] === c) n++;
  if (n < 3 || (c === "`" && t.slice(n).includes("`"))) return null;
  return t.slice(0, n);
}

function closes(line: string, fence: string): boolean {
  const t = line.trim();
  return t.length >= fence.length && t[0] === fence[0] && [...t].every((ch) => ch === fence[0]);
}
