import path from "node:path";
import { parseNote } from "../../../src/core/parse/parseNote";
import { readNote, FIXTURES, EXAMPLE_VAULT } from "../../helpers/paths";
import { indexFolder } from "../../helpers/loadVault";

const ALT = path.join(FIXTURES, "vault-alt");

describe("a vault with other layouts (test/fixtures/vault-alt, see its EXPECTED.md)", () => {
  const { index } = indexFolder(ALT);
  const episodes = index.episodes("2026-03-01");
  const find = (start: string) => episodes.find((e) => e.start === start)!;

  it("finds exactly the episodes EXPECTED.md lists, and nothing from code blocks or comments", () => {
    expect(episodes.map((e) => e.start)).toEqual([
      "2026-02-02",
      "2025-03-03",
      "2024-08-01",
      "2019-09-01",
      "2018-10-01",
      "2017-01-01",
      "2011-01-01",
      "2006-01-01",
      "1973-01-01",
    ]);
  });

  it("reads an episode table without outer pipes, in another column order, named by synonyms", () => {
    expect(find("1973-01-01")).toMatchObject({
      type: "growth-to-value",
      durationMonths: 24,
      trigger: "Oil shock",
      sellSide: ["Growth stocks"],
    });
    expect(find("2019-09-01")).toMatchObject({ end: "2020-02-29", type: "defensive-to-cyclical", durationMonths: 5 });
    expect(find("2017-01-01")).toMatchObject({ type: "domestic-to-international", durationMonths: 12 });
  });

  it("reads episode notes from their properties, with each field's property line", () => {
    const turn = find("2026-02-02");
    expect(turn).toMatchObject({
      type: "cyclical-to-defensive",
      ongoing: true,
      buySide: ["XLU", "XLP", "WMT"],
      divergencePp: 10,
      divergenceSource: "computed",
    });
    expect(turn.durationMonths).toBeCloseTo(0.96, 2);
    expect(turn.fieldSources.buySide).toMatchObject({ path: "Episodes/Defensive turn 2026.md", line: 7 });
    expect(find("2018-10-01")).toMatchObject({ type: "risk-off", end: "2018-12-31", durationMonths: 3, ongoing: false });
  });

  it("reads flows from a tagged note and from a rotation section dated by its Date | Event table", () => {
    expect(find("2024-08-01")).toMatchObject({
      ongoing: true,
      period: "2024-08",
      sellSide: expect.arrayContaining(["Mega-cap tech", "Yen carry trades"]),
    });
    expect(find("2024-08-01").fieldSources.start).toMatchObject({ path: "August unwind.md", line: 3 });
    expect(find("2025-03-03")).toMatchObject({ rotation: "Small → Large", type: "small-to-large" });
  });

  it("does not read tables in code or comments, and survives CRLF and broken YAML", () => {
    const notTables = parseNote("Not tables.md", readNote(ALT, "Not tables.md"));
    expect(notTables.tables.map((t) => t.header.cells[0].text)).toEqual(["Metric"]);
    expect(episodes.some((e) => e.start === "1999-01-01" || e.start === "1998-01-01")).toBe(false);
    expect(find("2011-01-01")).toMatchObject({ type: "risk-off", durationMonths: 12 });
    expect(find("2006-01-01")).toMatchObject({ type: "large-to-small" });
    expect(index.problems()).toEqual([expect.objectContaining({ path: "Broken properties.md", line: 3 })]);
  });
});

describe("the example vault", () => {
  const { index } = indexFolder(EXAMPLE_VAULT);
  const episodes = index.episodes("2026-03-01");

  it("merges an episode note with the table row of the same rotation and period", () => {
    const e2022 = episodes.filter((e) => e.start === "2022-01-01");
    expect(e2022).toHaveLength(1);
    expect(e2022[0].sources.map((s) => s.path)).toEqual(["Energy rotation 2022.md", "Sector Rotation.md"]);
    expect(e2022[0]).toMatchObject({ divergencePp: 85, type: "growth-to-value", durationMonths: 12 });
    // Properties win over the table row: the note's sides, with its own property lines.
    expect(e2022[0].fieldSources.sellSide).toMatchObject({ path: "Energy rotation 2022.md" });
  });

  it("merges the small-cap episode note with the 2026 Large → Small row, dated by the note", () => {
    const size = episodes.filter((e) => e.sources.some((s) => s.path === "Small cap rotation 2026.md"));
    expect(size).toHaveLength(1);
    expect(size[0]).toMatchObject({ start: "2025-10-29", ongoing: true, type: "large-to-small", durationMonths: 4.1 });
    expect(size[0].sources.map((s) => s.path)).toEqual(["Small cap rotation 2026.md", "Sector Rotation.md"]);
  });

  it("never reads the index note's generated region back as a source", () => {
    expect(episodes.flatMap((e) => e.sources).filter((s) => s.path === "Historical rotations.md")).toEqual([]);
  });

  it("reads the same eight historical rotations as the seed note, plus the flow episodes", () => {
    const periods = episodes.filter((e) => e.sources.some((s) => s.heading === "Historical rotations")).map((e) => e.type);
    expect(periods).toHaveLength(8);
    // Issue 13: the flow note is one rotation with the Rotation 1 section, whose earlier start wins; its own start is a conflict.
    const flow = episodes.find((e) => e.sources.some((s) => s.path === "Sector Rotation January 2026.md"));
    expect(flow).toMatchObject({
      start: "2025-10-29",
      conflicts: [expect.objectContaining({ field: "start", value: "2025-12-21" }), expect.objectContaining({ field: "type" })],
    });
  });
});

describe("the generated index note as a source", () => {
  it("adds no episodes of its own, even when read like any other note", () => {
    const text = readNote(EXAMPLE_VAULT, "Historical rotations.md");
    const { index } = indexFolder(ALT);
    const before = index.episodes("2026-03-01").length;
    index.update(parseNote("Historical rotations.md", text), text);
    expect(text).toContain("%% rotation-lens:begin %%");
    expect(index.episodes("2026-03-01")).toHaveLength(before);
  });
});
