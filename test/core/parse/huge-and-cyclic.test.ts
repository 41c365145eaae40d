/** Notes that once stopped a scan: a heading with 200,000 links, a property list that holds itself. */
import { cutCycles } from "../../../src/core/parse/acyclic";
import { parseNote } from "../../../src/core/parse/parseNote";
import { EpisodeIndex } from "../../../src/core/episodeIndex/EpisodeIndex";

const LINKS = 200_000;

describe("a note far larger than research notes get", () => {
  it("reads a heading holding 200,000 links, and its rotation table below", () => {
    const text = [
      `# Sources ${"[[Fund flows]] ".repeat(LINKS)}`,
      "",
      "| Period | Rotation | Trigger | Sell side | Buy side | Duration |",
      "| --- | --- | --- | --- | --- | --- |",
      "| 2022 | Growth → Value | Rate hikes | Tech | Energy | Full year |",
      "",
    ].join("\n");
    const note = parseNote("Huge.md", text);
    expect(note.headings).toHaveLength(1);
    expect(note.links).toHaveLength(LINKS);
    expect(note.links[LINKS - 1]).toMatchObject({ target: "Fund flows", line: 1 });
    const index = new EpisodeIndex();
    index.update(note, text);
    expect(index.episodes("2026-03-01").map((e) => e.period)).toEqual(["2022"]);
  });

  it("reads a table whose cells hold 200,000 links between them", () => {
    const row = `| 2021 | Value → Growth | ${"[[a]]".repeat(LINKS)} |`;
    const note = parseNote("Cells.md", ["| Period | Rotation | Source |", "| --- | --- | --- |", row].join("\n"));
    expect(note.links).toHaveLength(LINKS);
  });
});

describe("a YAML alias that refers to the list holding it", () => {
  const text = "---\ntitle: Loop\ntags: &x [energy, *x]\nsector: utilities\n---\n# Body #inline\n";

  it("keeps the other properties and the tag, says what was cut, and can be written as JSON", () => {
    const note = parseNote("Loop.md", text);
    expect(note.properties).toEqual({ title: "Loop", tags: ["energy", null], sector: "utilities" });
    expect(note.tags.map((t) => t.name)).toEqual(["energy", "inline"]);
    expect(note.problems.map((p) => p.message)).toEqual([expect.stringMatching(/alias .* cycle/)]);
    expect(JSON.parse(JSON.stringify(note.properties))).toEqual(note.properties);
  });

  it("cuts only back references: a value shared twice stays whole in both places", () => {
    const shared = { a: 1 };
    const outer: Record<string, unknown> = { one: shared, two: shared, list: [] as unknown[] };
    (outer.list as unknown[]).push(outer, shared);
    expect(cutCycles(outer)).toBe(1);
    expect(outer).toEqual({ one: { a: 1 }, two: { a: 1 }, list: [null, { a: 1 }] });
  });

  it("walks nesting far deeper than a call stack without overflowing", () => {
    let deep: unknown[] = [];
    const root = deep;
    for (let i = 0; i < 200_000; i++) deep = deep[0] = [] as unknown[];
    deep.push(root);
    expect(cutCycles(root)).toBe(1);
  });
});
