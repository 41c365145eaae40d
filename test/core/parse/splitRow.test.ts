import fc from "fast-check";
import { countCells, hasUnescapedPipe, splitRow } from "../../../src/core/parse/splitRow";

describe("splitting a table row into cells", () => {
  it.each([
    ["| a | b |", ["a", "b"]],
    ["a | b", ["a", "b"]],
    ["|a|b", ["a", "b"]],
    ["  | a |  b  |  ", ["a", "b"]],
    ["| | x |", ["", "x"]],
    ["| d || e |", ["d", "", "e"]],
    ["| f\\|oo |", ["f\\|oo"]],
    ["| `x\\|y` | [[A\\|B]] |", ["`x\\|y`", "[[A\\|B]]"]],
    ["| a \\|", ["a \\|"]],
    ["| a \\\\|", ["a \\\\"]],
    ["|\tXLE\t|\t+55%\t|", ["XLE", "+55%"]],
    ["| → | — | 😀 |", ["→", "—", "😀"]],
  ])("%s", (row, cells) => {
    expect(splitRow(row)).toEqual(cells);
    expect(countCells(row)).toBe(cells.length);
  });

  it("counts as many cells as it splits, on any row of pipes, backslashes and spaces", () => {
    const row = fc.stringMatching(/^[|\\ a\t]{0,24}$/);
    fc.assert(
      fc.property(row, (r) => countCells(r) === splitRow(r).length),
      { numRuns: 2000 },
    );
  });

  it("knows an escaped pipe does not split", () => {
    expect(hasUnescapedPipe("a \\| b")).toBe(false);
    expect(hasUnescapedPipe("a \\\\| b")).toBe(true);
    expect(hasUnescapedPipe("a \\| b | c")).toBe(true);
  });
});
