import { beatingBenchmark } from "../../../src/core/metrics/beatingBenchmark";
import { positiveStreaks, shareOf, spread } from "../../../src/core/metrics/seriesMetrics";
import { columnSeries, tableMatrix } from "../../../src/core/metrics/tableMatrix";
import { parseNote } from "../../../src/core/parse/parseNote";
import type { Table } from "../../../src/core/model/types";
import { describeSeed, readNote, SEED_VAULT } from "../../helpers/paths";

const lines = (...l: string[]): string => `${l.join("\n")}\n`;
const only = (text: string): Table => parseNote("T.md", text).tables[0];

/** XMAG's 2025 monthly flows, as the seed note states them (in $M). */
const FLOWS = lines(
  "| Month | Flow | Notes |", "|---|---|---|",
  "| Jan | ~$10M | |", "| Feb | ~$5M | |", "| Mar | ~$[[3M]] | |", "| Apr | ~$2M | |", "| May | ~$1M | |", "| Jun | ~-$1M | Only outflow |",
  "| Jul | ~$1M | |", "| Aug | ~$2M | |", "| Sep | ~$4M | |", "| Oct | ~$10M | |", "| Nov | ~$8M | |", "| **Dec** | **~$38M** | 4x November |",
);

/** Mag 7 annual returns against the index, 2021–2025. */
const RETURNS = lines(
  "| Stock | 2021 | 2022 | 2023 | 2024 | 2025 |", "|---|---|---|---|---|---|",
  "| [[NVIDIA]] | +125% | -50% | **+240%** | +170% | +35% |", "| [[Tesla]] | +65% | -65% | +100% | -5% | +65% |",
  "| [[Meta]] | +25% | -65% | +195% | +65% | +5% |", "| [[Google]] | +65% | -40% | +60% | +65% | +5% |",
  "| [[Microsoft]] | +50% | -30% | +55% | +10% | +15% |", "| [[Amazon]] | +5% | -50% | +80% | +45% | +10% |",
  "| [[Apple]] | +35% | -30% | +50% | +35% | +5% |", "| **S&P 500** | +25% | -20% | +25% | +25% | +25% |",
);

function checkFlows(table: Table): void {
  const { labels, values } = columnSeries(tableMatrix(table), 0);
  expect(labels[11]).toBe("Dec");
  expect(positiveStreaks(values, labels)).toEqual({ longest: { length: 6, from: "Jul", to: "Dec" }, current: { length: 6, from: "Jul", to: "Dec" } });
  // December against January–November: ~$38M against ~$45M, "nearly equal to Jan–Nov combined".
  expect(shareOf(values, 11, labels)).toEqual({ label: "Dec", value: 38e6, others: 45e6, ratio: 0.8444, shareOfTotal: 0.4578 });
  expect(spread(values, labels)).toEqual({ best: { label: "Dec", value: 38e6 }, worst: { label: "Jun", value: -1e6 }, spread: 39e6 });
}

function checkReturns(table: Table): void {
  const result = beatingBenchmark(tableMatrix(table));
  expect(result?.map((c) => [c.column, c.benchmark, c.beating.length, c.members])).toEqual([
    ["2021", 25, 5, 7],
    ["2022", -20, 0, 7],
    ["2023", 25, 7, 7],
    ["2024", 25, 5, 7],
    ["2025", 25, 2, 7],
  ]);
  expect(result?.[4].beating).toEqual(["NVIDIA", "Tesla"]);
  expect(spread(columnSeries(tableMatrix(table), 2).values)?.spread).toBe(215);
}

describe("series metrics over a table", () => {
  it("read the XMAG monthly flows: the streak, December's share and the spread", () => checkFlows(only(FLOWS)));
  it("count the members beating the bold benchmark row, year by year", () => checkReturns(only(RETURNS)));

  it("find the benchmark by name, and give up without one", () => {
    const m = tableMatrix(only(RETURNS));
    expect(beatingBenchmark(m, "s&p 500")?.[0].beating).toHaveLength(5);
    expect(beatingBenchmark(m, "Dow")).toBeNull();
    expect(beatingBenchmark(tableMatrix(only(RETURNS.replace("**S&P 500**", "S&P 500"))))).toBeNull();
  });

  it("treat gaps and non-positive values as breaks, and empty series as nothing", () => {
    expect(positiveStreaks([1, 2, null, 3, 0, 4, 5, 6], ["a", "b", "c", "d", "e", "f", "g", "h"]).longest).toEqual({ length: 3, from: "f", to: "h" });
    expect(positiveStreaks([1, 2, -1])).toEqual({ longest: { length: 2, from: null, to: null }, current: { length: 0, from: null, to: null } });
    expect(shareOf([null, 3], 0)).toBeNull();
    expect(shareOf([5], 0)).toMatchObject({ others: 0, ratio: null, shareOfTotal: 1 });
    expect(spread([null, Number.NaN])).toBeNull();
  });
});

describeSeed("series metrics over the seed note's own tables", () => {
  // Read inside the tests: a skipped describe still runs its body, and the seed may be absent.
  const under = (heading: string, first: string): Table =>
    parseNote("Sector Rotation.md", readNote(SEED_VAULT, "Sector Rotation.md")).tables.find((t) => t.heading?.text.startsWith(heading) && t.header.cells[0].text === first)!;
  it("agree on the XMAG flows", () => checkFlows(under("XMAG ETF", "Month")));
  it("agree on the Mag 7 annual returns", () => checkReturns(under("Historical Mag 7 annual returns", "Stock")));
});
