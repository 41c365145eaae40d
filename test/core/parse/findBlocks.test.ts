/** Finding blocks in a note's text: fences of either kind, in callouts, nested fences, and an unclosed block. */
import { findBlocks } from "../../../src/core/parse/findBlocks";

describe("findBlocks", () => {
  it("finds chart and classifier blocks with their fence line and body, and nothing else", () => {
    const text = [
      "# Note", // 1
      "```js", // 2
      "```rotation-chart", // 3: inside a js block, not a block
      "```", // 4
      "~~~rotation-chart", // 5
      "type: bar", // 6
      "~~~", // 7
      "> [!note]", // 8
      "> ```rotation-classify", // 9
      "> classifier: type", // 10
      "> sell: [XLK]", // 11
      "> ```", // 12
      "````Rotation-Chart extra", // 13
      "```", // 14
      "````", // 15
      "```rotation-classify", // 16
      "rules: x", // 17
    ].join("\n");
    expect(findBlocks(text)).toEqual([
      { language: "rotation-chart", line: 5, source: "type: bar" },
      { language: "rotation-classify", line: 9, source: "classifier: type\nsell: [XLK]" },
      { language: "rotation-chart", line: 13, source: "```" },
      { language: "rotation-classify", line: 16, source: "rules: x" },
    ]);
  });
});
