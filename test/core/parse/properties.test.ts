import fc from "fast-check";
import { parseNote } from "../../../src/core/parse/parseNote";
import { EXAMPLE_VAULT, hasSeed, notesIn, readNote, SEED_VAULT } from "../../helpers/paths";

const PIECES = [
  "|",
  "\\|",
  "| a | b |",
  "|---|---|",
  "|:-:|--:|",
  "[[",
  "]]",
  "[[A\\|B]]",
  "`",
  "```",
  "~~~",
  "%%",
  "<!--",
  "-->",
  "---",
  "---js",
  "#",
  "# ",
  "#tag",
  "> ",
  "> [!note]",
  "*",
  "**",
  "_",
  "\\",
  "\r\n",
  "\r",
  "\n",
  "\n\n",
  "→",
  "—",
  "≈",
  "😀",
  "שלום",
  "~$38M",
  "+6-8%",
  "\u0000",
  "\uFEFF",
  "    ",
  "\t",
  "^id",
  "![[x.png]]",
  "[x](y)",
  "<b>",
  "&amp;",
];
const markdownish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((parts) => parts.join(""));

function checkInvariants(text: string): void {
  const m = parseNote("fuzz.md", text);
  const inNote = (line: number) => line >= 1 && line <= m.lineCount;
  for (const t of m.tables) {
    expect(inNote(t.line) && inNote(t.endLine) && t.endLine > t.line).toBe(true);
    expect(t.align).toHaveLength(t.header.cells.length);
    if (t.captionLine !== null) expect(inNote(t.captionLine)).toBe(true);
    for (const r of [t.header, ...t.rows]) {
      expect(r.cells).toHaveLength(t.header.cells.length);
      expect(inNote(r.line)).toBe(true);
      for (const c of r.cells) {
        expect(c.text.includes("\\|")).toBe(false);
        for (const l of c.links) expect(l.line).toBe(r.line);
        void c.figure;
      }
    }
  }
  for (const x of [...m.links, ...m.headings, ...m.problems, ...m.captions, ...m.fields]) expect(inNote(x.line)).toBe(true);
  for (const c of m.captions) expect(inNote(c.targetLine)).toBe(true);
  for (const t of m.tags) expect(t.line === 0 || inNote(t.line)).toBe(true);
  expect(() => JSON.stringify(m)).not.toThrow();
}

/** Delete, duplicate or insert a few characters and lines, the way hand edits and bad clippings damage notes. */
const mutation = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("delete", "duplicate", "insert"), fc.constantFrom(...PIECES));
function mutate(text: string, edits: [number, number, string, string][]): string {
  let t = text;
  for (const [a, b, kind, piece] of edits) {
    const i = t.length ? a % t.length : 0;
    const j = Math.min(t.length, i + (b % 40));
    t =
      kind === "delete"
        ? t.slice(0, i) + t.slice(j)
        : kind === "duplicate"
          ? t.slice(0, j) + t.slice(i, j) + t.slice(j)
          : t.slice(0, i) + piece + t.slice(i);
  }
  return t;
}

const samples = [
  "---\ntags: [rotation]\n---\n# H\n| a | b |\n|---|---|\n| [[X\\|y]] | ~43pp |\n*cap*\n^id\n",
  "> [!note] Flows\r\n> | Out | In |\r\n> |:--|--:|\r\n> | `a\\|b` | ![[c.png]] |\r\n\r\n![[chart.png]]\r\n*XLE +55%, QQQ -30%*\r\n",
  "%% | a | b |\n|---|---| %%\n<!--\n| c |\n|---|\n-->\n**Timing:** late 2025 #macro\nkey:: value\n```\n| d |\n|---|\n",
  ...notesIn(EXAMPLE_VAULT).map((n) => readNote(EXAMPLE_VAULT, n)),
  ...(hasSeed ? notesIn(SEED_VAULT).map((n) => readNote(SEED_VAULT, n)) : []),
];

describe("the parser on random and damaged notes", () => {
  it("never throws on random markdown-like text, and keeps its invariants", () => {
    fc.assert(fc.property(markdownish, checkInvariants), { seed: 42, numRuns: Number(process.env.FUZZ_RUNS ?? 400) });
  });

  it("never throws on random mutations of real notes", () => {
    fc.assert(
      fc.property(fc.nat(samples.length - 1), fc.array(mutation, { minLength: 1, maxLength: 8 }), (k, edits) =>
        checkInvariants(mutate(samples[k], edits)),
      ),
      { seed: 7, numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
