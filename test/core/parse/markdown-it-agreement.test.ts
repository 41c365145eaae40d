import MarkdownIt from "markdown-it";
import { parseNote } from "../../../src/core/parse/parseNote";
import { EXAMPLE_VAULT, FIXTURES, hasSeed, notesIn, readNote, SEED_VAULT } from "../../helpers/paths";

interface Shape {
  line: number;
  headers: string[];
  rows: number;
}

const md = new MarkdownIt({ html: true });

/** markdown-it's tables: header line, header cell texts (markup stripped) and number of body rows. */
function markdownItTables(text: string): Shape[] {
  const tokens = md.parse(text, {});
  const out: Shape[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== "table_open") continue;
    const shape: Shape = { line: (tokens[i].map?.[0] ?? 0) + 1, headers: [], rows: 0 };
    let inHead = false;
    for (i++; tokens[i].type !== "table_close"; i++) {
      const t = tokens[i];
      if (t.type === "thead_open") inHead = true;
      if (t.type === "thead_close") inHead = false;
      if (t.type === "tr_open" && !inHead) shape.rows++;
      if (t.type === "inline" && inHead)
        shape.headers.push(
          (t.children ?? [])
            .filter((c) => c.type === "text" || c.type === "code_inline")
            .map((c) => c.content)
            .join("")
            .trim(),
        );
    }
    out.push(shape);
  }
  return out;
}

/**
 * Where Obsidian's reading differs from plain GFM, by design:
 * - a front matter block is not markdown (markdown-it may see a table or rule in it);
 * - `%% … %%` comments hide what is inside them;
 * - an italic line right under a table is its caption, and a `^id` line its block id, not one-cell rows;
 * - `[[Note\|alias]]` is one link: its header text is the alias (markdown-it shows the whole link text).
 */
function expectAgreement(name: string, text: string): void {
  const ours = parseNote(name, text);
  const fmEnd = ours.frontmatter?.endLine ?? 0;
  const hidden = (line: number) => line <= fmEnd || insidePercentComment(text, line);
  const theirs = markdownItTables(text).filter((t) => !hidden(t.line));
  expect(ours.tables.map((t) => t.line)).toEqual(theirs.map((t) => t.line));
  ours.tables.forEach((t, k) => {
    // markdown-it reads a line directly under a table as a row; a caption after a blank line is not one.
    const extraRows = (t.caption !== null && t.captionLine === t.endLine + 1 ? 1 : 0) + (t.blockId !== null ? 1 : 0);
    expect(t.rows.length + extraRows).toBe(theirs[k].rows);
    const headers = t.header.cells.map((c) => (c.links.some((l) => l.kind === "wiki") ? null : c.text));
    headers.forEach((h, j) => {
      if (h !== null) expect(h).toBe(theirs[k].headers[j].replace(/\\\|/g, "|"));
    });
  });
}

function insidePercentComment(text: string, line: number): boolean {
  const before = text
    .split(/\r\n|\r|\n/)
    .slice(0, line - 1)
    .join("\n");
  return (before.match(/%%/g) ?? []).length % 2 === 1;
}

const vaults: [string, string][] = [
  ["examples/vault", EXAMPLE_VAULT],
  ["vault-alt fixture", `${FIXTURES}/vault-alt`],
  ...(hasSeed ? ([["seed vault", SEED_VAULT]] as [string, string][]) : []),
];

describe.each(vaults)("tables found in %s agree with markdown-it's", (_label, dir) => {
  const notes = notesIn(dir);
  it("has notes to compare", () => expect(notes.length).toBeGreaterThan(0));
  it.each(notes)("%s", (name) => expectAgreement(name, readNote(dir, name)));
});
