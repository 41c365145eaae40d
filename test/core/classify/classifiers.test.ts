import { breadth } from "../../../src/core/classify/breadth";
import { dispersion } from "../../../src/core/classify/dispersion";
import { durationScenarios } from "../../../src/core/classify/durationScenarios";
import { rules } from "../../../src/core/classify/rules";
import { resolveCellRef } from "../../../src/core/classify/cellRef";
import { parseNote } from "../../../src/core/parse/parseNote";
import { selectTable } from "../../../src/core/model/selectTable";
import { parseNoteRef } from "../../../src/core/model/noteRef";
import { EXAMPLE_VAULT, SEED_VAULT, hasSeed, readNote } from "../../helpers/paths";

describe("breadth", () => {
  it("reads S&P 500 -0.53% with 300 of 500 constituents up as a rotation", () => {
    expect(breadth({ indexChange: -0.53, up: 300, total: 500 }).label).toBe("Rotation");
  });

  it.each([
    [-1.2, 0.2, "Broad selloff"],
    [-0.53, 0.6, "Rotation"],
    [0.8, 0.7, "Healthy rally"],
    [0.8, 0.3, "Narrow rally"],
  ])("index %d%% with %d up is %s", (indexChange, shareUp, label) => {
    expect(breadth({ indexChange, shareUp }).label).toBe(label);
  });

  it("asks for what is missing instead of guessing", () => {
    expect(breadth({ indexChange: -1 }).problems?.[0]).toMatch(/up: with total:/);
  });
});

/** The four scenarios of the "Rotation signature pattern" table, as inputs for both classifiers. */
const SCENARIOS: [number, number, { Index: string; Breadth: string }][] = [
  [-1.5, 0.2, { Index: "Down", Breadth: "Most stocks down" }],
  [-0.53, 0.6, { Index: "Down", Breadth: "Most stocks up" }],
  [1.1, 0.75, { Index: "Up", Breadth: "Most stocks up" }],
  [0.9, 0.25, { Index: "Up", Breadth: "Few stocks up" }],
];

function signatureTable(dir: string, name: string) {
  const note = parseNote(name, readNote(dir, name));
  const pick = selectTable(note, parseNoteRef("[[Sector Rotation#Rotation signature pattern]]"), 1);
  if (!pick.ok) throw new Error(pick.error);
  return { note, table: pick.table };
}

const vaults: [string, string][] = [
  ["examples/vault", EXAMPLE_VAULT],
  ...(hasSeed ? ([["seed vault", SEED_VAULT]] as [string, string][]) : []),
];

describe.each(vaults)("a rules: classifier over the Rotation signature pattern of %s", (_label, dir) => {
  const { note, table } = signatureTable(dir, "Sector Rotation.md");

  it.each(SCENARIOS)("agrees with the built-in breadth (index %d%%, share %d)", (indexChange, shareUp, inputs) => {
    const fromTable = rules(table, inputs, { path: note.path, heading: table.heading?.text });
    expect(fromTable.label).toBe(breadth({ indexChange, shareUp }).label);
    expect(fromTable.outputs?.map((o) => o.name)).toEqual(["Interpretation"]);
  });

  it("matches a signed number to Up or Down, and lists allowed values when nothing matches", () => {
    expect(rules(table, { Index: "-0.53", Breadth: "most stocks up" }, { path: note.path }).label).toBe("Rotation");
    const none = rules(table, { Index: "Sideways", Breadth: "Most stocks up" }, { path: note.path });
    expect(none.label).toBe("No matching row");
    expect(none.problems?.[0]).toMatch(/Index: Down \/ Up/);
  });
});

describe("dispersion", () => {
  it("calls single-stock vol twice the index's, with low correlation, mechanical", () => {
    const v = dispersion({ singleStockIv: 32, indexIv: 16, impliedCorrelation: 0.18 });
    expect(v.label).toBe("Mechanical (dispersion-driven)");
    expect(v.rationale).toMatch(/2× index vol.*low correlation/);
  });

  it("calls vols that move together fundamental, and the middle inconclusive", () => {
    expect(dispersion({ singleStockIv: 18, indexIv: 16 }).label).toBe("Fundamental rotation");
    expect(dispersion({ singleStockIv: 22, indexIv: 16 }).label).toBe("Inconclusive");
    expect(dispersion({ singleStockIv: 40, indexIv: 16, impliedCorrelation: 0.7 }).label).toBe("Fundamental rotation");
  });
});

describe("duration scenarios", () => {
  it("rules out tax selling once a rotation is older than four weeks", () => {
    const v = durationScenarios({ start: "2025-10-29", asOf: "2026-03-01", drivers: ["valuation", "AI ROI"] });
    expect(v.label).toBe("Valuation reset possible");
    expect(v.outputs?.map((o) => o.name)).toEqual(["Valuation reset", "Secular shift"]);
  });

  it("keeps all three open for a rotation two weeks old", () => {
    expect(durationScenarios({ start: "2026-01-02", asOf: "2026-01-16", drivers: ["tax"] }).outputs).toHaveLength(3);
  });
});

describe("cell references", () => {
  it("read a row and column of the first table under a heading, with its line", async () => {
    const note = parseNote("Sector Rotation.md", readNote(EXAMPLE_VAULT, "Sector Rotation.md"));
    const cell = await resolveCellRef("[[Sector Rotation#January 14, 2026 update]] S&P 500 > Value", async () => note);
    expect(cell).toMatchObject({ value: "-0.53%", figure: { value: -0.53, unit: "percent" }, source: { path: "Sector Rotation.md" } });
    const missing = await resolveCellRef("[[Sector Rotation#January 14, 2026 update]] Dow > Value", async () => note);
    expect(missing).toEqual({ error: expect.stringMatching(/No row "Dow"/) });
  });
});
