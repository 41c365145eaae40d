import fc from "fast-check";
import { parseNote } from "../../../src/core/parse/parseNote";
import { EXAMPLE_VAULT, hasSeed, notesIn, readNote, SEED_VAULT } from "../../helpers/paths";

const PIECES = ["|", "\\|", "| a | b |", "|---|---|", "|:-:|--:|", "[[", "]]", "[[A\\|B]]", "`", "```", "~~~", "%%", "<!--", "-->", "---", "---js", "#", "# ", "#tag", "> ", "> [!note]", "*", "**", "_", "\\", "\r\n", "\r", "\n", "\n\n", "→", "—", "≈", "😀", "שלום", "~$38M", "+6-8%", "\u0000", "\uFEFF", "    ", "\t", "^id", "![[x.png]]", "[x](y)", "<b>", "&amp;"];
const markdownish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(""));

function checkInvariants(text: string): void {
  const m = parseNote("fuzz.md", text);
  for (const t of m.tables) {
    for (const r of [t.header, ...t.rows]) {
      expect(r.cells).toHaveLength(t.header.cells.length);
      for (const c of r.cells) expect(c.text.includes("\\|")).toBe(false);
      expect(r.line).toBeGreaterThanOrEqual(1);
      expect(r.line).toBeLessThanOrEqual(m.lineCount);
    }
  }
  for (const x of [...m.links, ...m.headings, ...m.problems, ...m.captions]) {
    expect(x.line).toBeGreaterThanOrEqual(1);
    expect(x.line).toBeLessThanOrEqual(m.lineCount);
  }
}

/** Delete, duplicate or insert a few characters and lines, the way hand edits and bad clippings damage notes. */
const mutation = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("delete", "duplicate", "insert"), fc.constantFrom(...PIECES));
function mutate(text: string, edits: [number, number, string, string][]): string {
  let t = text;
  for (const [a, b, kind, piece] of edits) {
    const i = t.length ? a % t.length : 0;
    const j = Math.min(t.length, i + (b % 40));
    t = kind === "delete" ? t.slice(0, i) + t.slice(j) : kind === "duplicate" ? t.slice(0, j) + t.slice(i, j) + t.slice(j) : t.slice(0, i) + piece + t.slice(i);
  }
  return t;
}

const samples = [
  "---\ntags: [rotation]\n---\n# H\n| a | b |\n|---|---|\n| [[X\\|y]] | ~43pp |\n*cap*\n^id\n",
  ...notesIn(EXAMPLE_VAULT).map((n) => readNote(EXAMPLE_VAULT, n)),
  ...(hasSeed ? notesIn(SEED_VAULT).map((n) => readNote(SEED_VAULT, n)) : []),
];

describe("the parser on random and damaged notes", () => {
  it("never throws on random markdown-like text, and keeps its invariants", () => {
    fc.assert(fc.property(markdownish, checkInvariants), { seed: 42, numRuns: Number(process.env.FUZZ_RUNS ?? 400) });
  });

  it("never throws on random mutations of real notes", () => {
    fc.assert(
      fc.property(fc.nat(samples.length - 1), fc.array(mutation, { minLength: 1, maxLength: 8 }), (k, edits) => checkInvariants(mutate(samples[k], edits))),
      { seed: 7, numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
