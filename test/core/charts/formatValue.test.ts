/** A chart's numbers as its axis and hover text print them: compact, with the unit where a reader expects it. */
import { formatValue } from "../../../src/core/charts/formatValue";

describe("chart values", () => {
  it("put the minus sign of money before the dollar", () => {
    expect(formatValue(-5_000_000, "$")).toBe("-$5M");
    expect(formatValue(-12.5, "$")).toBe("-$12.5");
    expect(formatValue(38_000_000, "$")).toBe("$38M");
    expect(formatValue(-0.001, "$")).toBe("$0");
  });

  it("keep other units after the number, sign and all", () => {
    expect(formatValue(-25, "%")).toBe("-25%");
    expect(formatValue(1500, null)).toBe("1.5K");
    expect(formatValue(2022.4, "year")).toBe("2022");
  });
});
