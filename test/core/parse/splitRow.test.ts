import { hasUnescapedPipe, splitRow } from "../../../src/core/parse/splitRow";

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
  ])("%s", (row, cells) => expect(splitRow(row)).toEqual(cells));

  it("knows an escaped pipe does not split", () => {
    expect(hasUnescapedPipe("a \\| b")).toBe(false);
    expect(hasUnescapedPipe("a \\\\| b")).toBe(true);
    expect(hasUnescapedPipe("a \\| b | c")).toBe(true);
  });
});
