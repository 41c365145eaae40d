import fc from "fast-check";
import { classifyRotation, splitRotation } from "../../../src/core/taxonomy/classifyRotation";
import { defaultTaxonomy, extendTaxonomy, findTerms } from "../../../src/core/taxonomy/taxonomy";

describe("rotation types from the Historical rotations table", () => {
  it.each([
    ["Growth → Value", "Growth at any price", "Value, commodities", "growth-to-value"],
    ["Growth → Value", "Tech, telecom", "Energy, staples", "growth-to-value"],
    ["Risk-off", "Everything", "Treasuries, cash", "risk-off"],
    ["Value → Growth", "Cyclicals", "Stay-at-home tech", "value-to-growth"],
    ["Software → Energy", "SaaS, software (IGV -25%)", "Energy (XLE +18%), old economy", "growth-to-value"],
    ["Large → Small", "Mag 7, Nasdaq", "Russell 2000 (+7% YTD)", "large-to-small"],
    ["Cyclical → Defensive", "Industrials", "Utilities, healthcare, staples", "cyclical-to-defensive"],
    ["Defensive → Cyclical", "Utilities", "Industrials, materials", "defensive-to-cyclical"],
    ["Domestic → International", "US", "EM, Europe", "domestic-to-international"],
  ])("%s (sell %s, buy %s) is %s", (rotation, sell, buy, type) => {
    expect(classifyRotation({ rotation, sell, buy }).type).toBe(type);
  });

  it("reads a rotation from its sides when the text names no groups", () => {
    const c = classifyRotation({ rotation: "Rotation 1", sell: ["XLI", "XLB"], buy: ["XLU", "XLP", "WMT"] });
    expect(c.type).toBe("cyclical-to-defensive");
    expect(c.reason).toMatch(/sell side "XLI, XLB" \(cyclical\), buy side .* \(defensive\)/);
  });

  it("reads leadership broadening from the Mag 7 to the rest as broadening", () => {
    expect(classifyRotation({ rotation: "Mag 7 → everything else" }).type).toBe("broadening");
  });

  it("says why it could not classify", () => {
    expect(classifyRotation({ rotation: "Foo → Bar" })).toEqual({
      type: "other",
      reason: expect.stringMatching(/no known sectors|no known groups/),
    });
  });

  it("lets the user's taxonomy decide new tickers", () => {
    const tax = extendTaxonomy(defaultTaxonomy, { ARKQ: "growth", URA: ["value"] });
    expect(classifyRotation({ sell: "ARKQ", buy: "URA" }, tax).type).toBe("growth-to-value");
    expect(classifyRotation({ sell: "ARKQ", buy: "URA" }).type).toBe("other");
  });

  it("counts sectors through the taxonomy, tickers case-sensitively", () => {
    const groups = (text: string): string[] => findTerms(text).flatMap((hit) => hit.groups);
    expect(groups("Energy (XLE +18%), financials").filter((g) => g === "value")).toHaveLength(3);
    expect(groups("cost of energy")).not.toContain("defensive");
  });

  it("splits arrows written several ways", () => {
    expect(splitRotation("**Growth → Value**")).toEqual({ from: "Growth", to: "Value" });
    expect(splitRotation("Tech -> Energy")).toEqual({ from: "Tech", to: "Energy" });
    expect(splitRotation("Risk-off")).toBeNull();
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (r, s, b) => void classifyRotation({ rotation: r, sell: s, buy: b })),
      { seed: 5, numRuns: 500 },
    );
  });
});
