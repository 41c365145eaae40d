import { freeName } from "../../../src/core/export/freeName";

describe("a free export name", () => {
  it("is the plain name when free, else the first numbered one no file has", () => {
    const taken = new Set(["Rotation episodes.csv", "Rotation episodes 1.csv", "Rotation episodes 3.csv"]);
    expect(freeName("Rotation episodes", "json", (p) => taken.has(p))).toBe("Rotation episodes.json");
    expect(freeName("Rotation episodes", "csv", (p) => taken.has(p))).toBe("Rotation episodes 2.csv");
  });

  it("gives up rather than loop when every name is taken", () => {
    expect(freeName("x", "csv", () => true, 5)).toBeNull();
  });
});
