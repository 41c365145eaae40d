import fc from "fast-check";
import { readBlockYaml } from "../../src/core/parse/blockYaml";
import { readChartSpec } from "../../src/core/charts/chartSpec";
import { episodeSeries } from "../../src/core/charts/episodeSeries";
import { runClassify } from "../../src/core/classify/runClassify";
import { selectTable } from "../../src/core/model/selectTable";
import { tableSeries } from "../../src/core/charts/tableSeries";
import { parseNote } from "../../src/core/parse/parseNote";
import { defaultTaxonomy } from "../../src/core/taxonomy/taxonomy";
import { EXAMPLE_VAULT, readNote } from "../helpers/paths";
import { indexFolder } from "../helpers/loadVault";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const note = parseNote("Sector Rotation.md", readNote(EXAMPLE_VAULT, "Sector Rotation.md"));
const { index } = indexFolder(EXAMPLE_VAULT);
const episodes = index.episodes("2026-03-01");

const KEYS = [
  "data",
  "source",
  "table",
  "x",
  "y",
  "type",
  "title",
  "unit",
  "cumulative",
  "benchmark",
  "filter",
  "since",
  "ongoing",
  "classifier",
  "rules",
  "inputs",
  "index",
  "up",
  "total",
  "share",
  "single_stock_iv",
  "index_iv",
  "vix",
  "implied_correlation",
  "start",
  "as_of",
  "drivers",
  "sell",
  "buy",
  "rotation",
];
const VALUES = [
  "episodes",
  "table",
  "timeline",
  "divergence",
  "leaderboard",
  "bar",
  "stacked bar",
  "scatter",
  "line",
  "breadth",
  "dispersion",
  "duration",
  "type",
  "[[#XMAG ETF]]",
  "[[Sector Rotation#Rotation signature pattern]]",
  "[[Sector Rotation#January 14, 2026 update]] S&P 500 > Value",
  "[[Nope]] a > b",
  "Month",
  "Flow",
  "Index",
  "-0.53%",
  "300+",
  "2025-10-29",
  "late December 2025",
  "<img src=x onerror=1>",
  "",
  "—",
];
const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...VALUES),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom(...VALUES), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom("Index", "Breadth", "type", "since", "ongoing"), fc.constantFrom(...VALUES)),
);
const config = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 });

describe("block settings, fuzzed", () => {
  it("never throw from the YAML text onward: every outcome is a chart, a verdict or a message", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const y = readBlockYaml(text);
        if (y.ok) readChartSpec(y.data);
        else expect(y.error).toMatch(/YAML|key: value/);
      }),
      { seed: 1, numRuns: RUNS },
    );
  });

  it("charts: any settings give chart data or a message", () => {
    fc.assert(
      fc.property(config, (data) => {
        const spec = readChartSpec(data);
        if (!spec.ok) return expect(spec.error.length).toBeGreaterThan(10);
        const r =
          spec.spec.data === "episodes"
            ? episodeSeries(episodes, spec.spec, "2026-03-01")
            : (() => {
                const pick = selectTable(note, spec.spec.source, spec.spec.table);
                return pick.ok ? tableSeries(pick.table, spec.spec, note.title) : { ok: false as const, error: pick.error };
              })();
        if (r.ok) expect(r.chart.series.every((s) => s.values.length === r.chart.labels.length)).toBe(true);
        else expect(r.error.length).toBeGreaterThan(10);
      }),
      { seed: 2, numRuns: RUNS },
    );
  });

  it("classifiers: any settings give a verdict or a message", async () => {
    await fc.assert(
      fc.asyncProperty(config, async (data) => {
        const r = await runClassify(data, {
          note: async (l) => (l === "" || l === "Sector Rotation" ? note : null),
          asOf: "2026-03-01",
          taxonomy: defaultTaxonomy,
        });
        if (r.ok) expect(r.verdict.label.length).toBeGreaterThan(0);
        else expect(r.error.length).toBeGreaterThan(10);
      }),
      { seed: 3, numRuns: RUNS },
    );
  });
});
