import fc from "fast-check";
import { parseFigure } from "../../../src/core/figures/parseFigure";

describe("figures as research notes write them", () => {
  it.each([
    ["+12.87%", { value: 12.87, unit: "percent", approx: false, bound: "exact" }],
    ["-0.53%", { value: -0.53, unit: "percent" }],
    ["−4.00%", { value: -4, unit: "percent" }],
    ["~43pp", { value: 43, unit: "pp", approx: true }],
    ["85pp", { value: 85, unit: "pp", approx: false }],
    ["~$38M", { value: 38e6, unit: "money", approx: true, currency: "$" }],
    ["$1T", { value: 1e12, unit: "money" }],
    ["~-$1M", { value: -1e6, unit: "money", approx: true }],
    ["$1.5T", { value: 1.5e12, unit: "money" }],
    ["€5B", { value: 5e9, unit: "money", currency: "€" }],
    ["29x", { value: 29, unit: "multiple" }],
    ["4x", { value: 4, unit: "multiple" }],
    ["+6-8%", { value: 7, unit: "percent", bound: "range", low: 6, high: 8 }],
    ["2+ years", { value: 2, unit: "years", bound: "atLeast" }],
    ["300+", { value: 300, unit: "count", bound: "atLeast" }],
    [">20%", { value: 20, unit: "percent", bound: "atLeast" }],
    ["60%+", { value: 60, unit: "percent", bound: "atLeast" }],
    ["**+39%**", { value: 39, unit: "percent" }],
    ["46% (2026E)", { value: 46, unit: "percent" }],
    ["1,250", { value: 1250, unit: "count" }],
    ["25bps", { value: 0.25, unit: "pp" }],
    ["10 days", { value: 10, unit: "days" }],
    ["7 of 11", { value: 7, unit: "count" }],
    ["—", { value: null, unit: null }],
    ["n/a", { value: null, unit: null }],
  ])("%s", (text, expected) => {
    expect(parseFigure(text)).toMatchObject({ ...expected, raw: text });
  });

  it.each(["Mag 7", "Russell 2000", "Strong earnings", "2025 return", "~Flat", "Q4 2025", "", "$4-billion"])(
    "%s is not a figure",
    (text) => {
      expect(parseFigure(text)).toBeNull();
    },
  );

  it("never throws, and a figure's value is a finite number or null", () => {
    const figureish = fc
      .array(
        fc.constantFrom(
          "~",
          "+",
          "-",
          "−",
          "$",
          "€",
          "1",
          "2.5",
          ",000",
          "%",
          "pp",
          "x",
          "M",
          "B",
          "+",
          " ",
          "years",
          "—",
          "*",
          "(",
          ")",
          "of",
        ),
        { maxLength: 10 },
      )
      .map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), figureish), (t) => {
        const f = parseFigure(t);
        if (f) expect(f.value === null || Number.isFinite(f.value)).toBe(true);
      }),
      { seed: 17, numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});

describe("spans of years", () => {
  it.each(["2009-10", "1999-2000", "2023-25", "2000-01"])("%s is a period, not a number range", (text) => {
    expect(parseFigure(text)).toBeNull();
  });

  it("still reads ranges that are not years", () => {
    expect(parseFigure("6-8%")).toMatchObject({ low: 6, high: 8, bound: "range" });
    expect(parseFigure("10-20")).toMatchObject({ low: 10, high: 20 });
  });
});
