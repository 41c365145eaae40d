import { timelineFromEntries, type TimelineEntry } from "../../../src/core/charts/timelineEntries";

const opts = { title: null, asOf: "2026-03-01", sourceNote: "Rotations", noKeyLabel: "No type" };
const entry = (label: string, start: string | null, end: string | null, colourKey: string | null, ongoing = false): TimelineEntry => ({
  label,
  start,
  end,
  colourKey,
  ongoing,
});

describe("timelineFromEntries", () => {
  it("draws each placeable entry as one floating bar, in order, one series per colour key", () => {
    const r = timelineFromEntries(
      [
        entry("Growth → Value", "2022-01-01", "2022-12-31", "growth-to-value"),
        entry("Risk-off", "2018 Q4", "2018 Q4", "risk-off"),
        entry("Large → Small", "2025-10-29", null, "large-to-small", true),
        entry("Value → Growth", "2020-03", "2021-09", "growth-to-value"),
      ],
      opts,
    );
    const chart = r.chart!;
    expect(chart.labels).toEqual(["Growth → Value", "Risk-off", "Large → Small", "Value → Growth"]);
    expect(chart.series.map((s) => s.label)).toEqual(["growth-to-value", "risk-off", "large-to-small"]);
    // Each label's bar sits in exactly one series; the others hold a gap there.
    expect(chart.series.map((s) => s.ranges!.map((x) => x !== null))).toEqual([
      [true, false, false, true],
      [false, true, false, false],
      [false, false, true, false],
    ]);
    const [from, to] = chart.series[1].ranges![1]!;
    expect([from, to].map((y) => Math.round(y * 100) / 100)).toEqual([2018.75, 2019]);
    // The ongoing bar runs to the as-of date.
    expect(chart.series[2].ranges![2]![1]).toBeCloseTo(2026 + 59 / 365.25, 5);
    expect(chart).toMatchObject({ horizontal: true, unit: "year", valueRange: [2015, 2027], stacked: false });
    expect(r.entryOf).toEqual([0, 1, 2, 3]);
    expect(r.undated).toBe(0);
  });

  it("counts, never draws, the entries it cannot place", () => {
    const r = timelineFromEntries(
      [
        entry("No start", null, "2022-12-31", null),
        entry("Unreadable", "sometime", null, null, true),
        entry("Backwards", "2022-12-31", "2022-01-01", null),
        entry("Ended without an end", "2022-01-01", null, null, false),
        entry("Placed", "2022-01-01T09:30", "2022-06-30 17:00", null),
      ],
      opts,
    );
    expect(r.undated).toBe(4);
    expect(r.chart?.labels).toEqual(["Placed"]);
    expect(r.chart?.series.map((s) => s.label)).toEqual(["No type"]);
    expect(r.entryOf).toEqual([4]);
    expect(timelineFromEntries([entry("x", null, null, null)], opts)).toEqual({ chart: null, entryOf: [], undated: 1 });
  });

  it("carries each drawn entry's hover lines, aligned with the labels", () => {
    const r = timelineFromEntries(
      [
        { ...entry("A", null, null, null), details: ["a"] },
        { ...entry("B", "2020", "2020", null), details: ["b", "Trigger: x"] },
      ],
      opts,
    );
    expect(r.chart?.tooltips).toEqual([["b", "Trigger: x"]]);
  });
});
