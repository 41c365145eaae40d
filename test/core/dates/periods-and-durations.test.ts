import fc from "fast-check";
import { durationToMonths, monthsBetween } from "../../../src/core/dates/durationToMonths";
import { periodToRange } from "../../../src/core/dates/periodToRange";

describe("periods as notes write them", () => {
  it.each([
    ["2022", "2022-01-01", "2022-12-31"],
    ["**2026**", "2026-01-01", "2026-12-31"],
    ["2000-02", "2000-01-01", "2002-12-31"],
    ["1973-74", "1973-01-01", "1974-12-31"],
    ["2020-21", "2020-01-01", "2021-12-31"],
    ["2018 Q4", "2018-10-01", "2018-12-31"],
    ["Q4 2018", "2018-10-01", "2018-12-31"],
    ["Sep 2018 – Feb 2019", "2018-09-01", "2019-02-28"],
    ["Mar 2020 - Nov 2021", "2020-03-01", "2021-11-30"],
    ["Jan 2026", "2026-01-01", "2026-01-31"],
    ["2026-01", "2026-01-01", "2026-01-31"],
    ["Oct 29, 2025", "2025-10-29", "2025-10-29"],
    ["2025-10-29", "2025-10-29", "2025-10-29"],
    ["late December 2025", "2025-12-21", "2025-12-31"],
    ["H1 2026", "2026-01-01", "2026-06-30"],
  ])("%s → %s … %s", (text, start, end) => {
    expect(periodToRange(text)).toMatchObject({ start, end });
  });

  it("lends a year to a bare day when told which", () => {
    expect(periodToRange("Jan 2", { year: 2026 })).toMatchObject({ start: "2026-01-02" });
    expect(periodToRange("Jan 2")).toBeNull();
  });

  it("refuses what is not a period", () => {
    for (const t of ["Ongoing", "Software → Energy", "2026-13", "Feb 30, 2026", "", "2019 – 2017"]) expect(periodToRange(t)).toBeNull();
  });
});

describe("durations as notes write them", () => {
  it.each([
    ["Full year", 12, "exact"],
    ["Full year+", 12, "atLeast"],
    ["18 months", 18, "exact"],
    ["3 months", 3, "exact"],
    ["2+ years", 24, "atLeast"],
    ["2 years", 24, "exact"],
    ["1-2 quarters", 4.5, "range"],
  ])("%s → %d months (%s)", (text, months, bound) => {
    expect(durationToMonths(text)).toMatchObject({ months, bound, ongoing: false });
  });

  it("reads weeks as fractions of a month with both ends", () => {
    expect(durationToMonths("2-4 weeks")).toMatchObject({ bound: "range", low: 0.46, high: 0.92 });
  });

  it("knows an ongoing rotation has no length yet", () => {
    expect(durationToMonths("Ongoing")).toEqual({ months: null, bound: "exact", approx: false, ongoing: true });
  });

  it("counts an ongoing rotation's age in months to the as-of date", () => {
    expect(monthsBetween("2025-10-29", "2026-03-01")).toBeCloseTo(4.07, 1);
  });
});

describe("period and duration readers on any text", () => {
  it("never throw", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 1900, max: 2100 }), (s, year) => {
        periodToRange(s, { year });
        durationToMonths(s);
      }),
      { seed: 3, numRuns: 1000 },
    );
  });
});
