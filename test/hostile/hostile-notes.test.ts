import path from "node:path";
import { extractEpisodes } from "../../src/core/episodes/extractEpisodes";
import { parseNote } from "../../src/core/parse/parseNote";
import { EpisodeIndex } from "../../src/core/episodeIndex/EpisodeIndex";
import type { NoteModel } from "../../src/core/model/types";
import { FIXTURES, notesIn, readNote } from "../helpers/paths";

const HOSTILE = path.join(FIXTURES, "hostile");
const g = globalThis as { __rotationLensPwned?: unknown };

/** Every line number in a model lies inside the note. */
function expectLinesInside(m: NoteModel): void {
  const lines = [
    ...m.problems,
    ...m.headings,
    ...m.links,
    ...m.captions,
    ...m.fields,
    ...m.tables.flatMap((t) => [t.header, ...t.rows]),
  ].map((x) => x.line);
  for (const line of lines) {
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(m.lineCount);
  }
}

describe("the hostile corpus (test/fixtures/hostile)", () => {
  const names = notesIn(HOSTILE);

  it("has the notes it promises", () => expect(names.length).toBeGreaterThanOrEqual(13));

  it.each(names)("%s: read without an exception, episodes too, every line inside the note", (name) => {
    delete g.__rotationLensPwned;
    const text = readNote(HOSTILE, name);
    const m = parseNote(name, text);
    expectLinesInside(m);
    expect(() => extractEpisodes(m, text)).not.toThrow();
    expect(g.__rotationLensPwned).toBeUndefined();
  });

  const problems = (name: string): string[] => parseNote(name, readNote(HOSTILE, name)).problems.map((p) => `${p.line}: ${p.message}`);

  it("reports each defect with its line", () => {
    expect(problems("Broken YAML.md")[0]).toMatch(/^\d: invalid YAML in front matter/);
    expect(problems("JS front matter.md")).toEqual([expect.stringMatching(/^1: front matter language not supported/)]);
    expect(problems("Coffee front matter.md")).toEqual([expect.stringMatching(/^1: front matter language not supported/)]);
    expect(problems("Unclosed fence and comments.md")).toEqual([expect.stringMatching(/^3: comment %% is never closed/)]);
  });

  it("still reads the rest of a note whose front matter is broken", () => {
    const m = parseNote("Broken YAML.md", readNote(HOSTILE, "Broken YAML.md"));
    expect(m.properties).toEqual({});
    expect(m.tables[0].rows[0].cells.map((c) => c.text)).toEqual(["2022", "Growth → Value", "Tech", "Energy"]);
  });

  it("keeps HTML in cells as text: tags gone from what is shown, nothing run", () => {
    const m = parseNote("HTML in cells.md", readNote(HOSTILE, "HTML in cells.md"));
    expect(m.tables[0].rows.map((r) => r.cells[0].text)).toEqual(["Selloff", "Rotation", "Rally"]);
    expect(m.tables[0].rows[0].cells[3].text).toBe("alert(1)Risk-off");
    expect(m.links.filter((l) => l.target.startsWith("javascript:")).length).toBeGreaterThan(0);
  });

  it("reads CRLF with a BOM, lone CR, NUL bytes, emoji and right-to-left text", () => {
    expect(parseNote("b.md", readNote(HOSTILE, "BOM and CRLF.md")).properties).toEqual({ rotation: "Risk-off" });
    expect(parseNote("c.md", readNote(HOSTILE, "Lone CR.md")).tables[0].rows[0].cells.map((c) => c.text)).toEqual(["1", "2"]);
    expect(parseNote("n.md", readNote(HOSTILE, "NUL bytes.md")).tables).toHaveLength(1);
    const e = parseNote("e.md", readNote(HOSTILE, "Emoji and right-to-left.md"));
    expect(e.tags.map((t) => t.name)).toEqual(["rotation/🚀", "סיבוב"]);
    expect(e.tables[0].rows[1].cells[1].figure).toMatchObject({ value: -4, unit: "percent" });
  });

  it("indexes notes whose file names hold spaces, quotes, $, #, ^, [ and non-Latin letters", () => {
    const index = new EpisodeIndex();
    for (const name of names) index.update(parseNote(name, readNote(HOSTILE, name)), readNote(HOSTILE, name));
    const sources = index.episodes("2026-03-01").map((e) => e.sources[0].path);
    expect(sources).toEqual(expect.arrayContaining(["Rotation $ #1 ^ [draft] 'q'.md", "Ротация секторов.md"]));
  });
});

describe("hostile sizes", () => {
  it("reads a 10 MB note", () => {
    const para = "Energy led as [[Tech]] lagged; breadth improved. #rotation\n\n| a | b |\n|---|---|\n| ~$38M | +12.87% |\n\n";
    const m = parseNote("big.md", para.repeat(Math.ceil((10 * 1024 * 1024) / para.length)));
    expect(m.tables.length).toBeGreaterThan(50_000);
    expect(m.tables.at(-1)?.rows[0].cells[0].figure?.value).toBe(38e6);
  });

  it("reads a table of 100,000 rows and a row of 1,000 cells", () => {
    const rows = ["| Day | Flow |", "|---|---|", ...Array.from({ length: 100_000 }, (_, i) => `| ${i} | ${i % 7}% |`)].join("\n");
    expect(parseNote("rows.md", rows).tables[0].rows).toHaveLength(100_000);
    const wide = `| ${Array.from({ length: 1000 }, (_, i) => `h${i}`).join(" | ")} |\n|${"---|".repeat(1000)}\n| ${Array.from({ length: 1000 }, (_, i) => i).join(" | ")} |\n`;
    const t = parseNote("wide.md", wide).tables[0];
    expect(t.header.cells).toHaveLength(1000);
    expect(t.rows[0].cells[999].text).toBe("999");
  });

  it("reads 1,000 nested blockquotes, and unbalanced brackets by the thousand", () => {
    const nested = `${">".repeat(1000)} | a | b |\n${">".repeat(1000)} |---|---|\n${">".repeat(1000)} | 1 | 2 |\n`;
    expect(parseNote("quotes.md", nested).tables[0].rows[0].cells.map((c) => c.text)).toEqual(["1", "2"]);
    const brackets = `${"[[".repeat(20_000)} ${"]]".repeat(5)} ${"`".repeat(3000)} ${"<".repeat(5000)}\n`;
    expect(parseNote("brackets.md", brackets).lineCount).toBe(2);
  });
});
