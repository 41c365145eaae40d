import fc from "fast-check";
import { findRegion } from "../../../src/core/indexNote/region";
import { BEGIN, END } from "../../../src/core/parse/generatedRegion";
import { regionBody, replaceRegion } from "../../helpers/region";

const userText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("\n", "\r\n", "%%", "%% rotation-lens %%", "rotation-lens:begin", "| a |", "---\n", "# H\n"),
    ),
    { maxLength: 20 },
  )
  .map((a) => a.join(""));
const generated = fc
  .array(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("\n", "| x | y |\n", "```rotation-chart\n")), { maxLength: 12 })
  .map((a) => a.join(""));

const outside = (t: string): string => t.slice(0, t.indexOf(BEGIN)) + t.slice(t.indexOf(END) + END.length);

describe("the generated region", () => {
  it("is appended to a note without markers, after one blank line", () => {
    expect(replaceRegion("# Mine\n", "body")).toEqual({ ok: true, text: `# Mine\n\n${BEGIN}\nbody\n${END}\n` });
    expect(replaceRegion("", "body")).toEqual({ ok: true, text: `${BEGIN}\nbody\n${END}\n` });
  });

  it("replaces only what lies between the markers, in the note's own line endings", () => {
    const note = `a\r\n${BEGIN}\r\nold\r\n${END}\r\nz\r\n`;
    expect(replaceRegion(note, "new\nrows")).toEqual({ ok: true, text: `a\r\n${BEGIN}\r\nnew\r\nrows\r\n${END}\r\nz\r\n` });
  });

  it.each([
    [`${BEGIN}\nx\n`, /begin marker on line 1 but no end marker/],
    [`x\n${END}\n`, /end marker on line 2 but no begin marker/],
    [`${BEGIN}\n${BEGIN}\n${END}\n`, /2 begin markers \(lines 1, 2\)/],
    [`${END}\n${BEGIN}\n`, /comes before its begin marker/],
  ])("refuses damaged markers and says how to repair them", (note, reason) => {
    const r = replaceRegion(note, "new");
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.reason).toMatch(reason);
    expect(findRegion(note).kind).toBe("damaged");
  });

  it("keeps the user's text byte for byte and is idempotent, whatever the text (1,000 runs)", () => {
    fc.assert(
      fc.property(userText, userText, generated, generated, (before, after, g1, g2) => {
        const first = replaceRegion(before, g1);
        if (!first.ok) return;
        const note = first.text + after;
        const second = replaceRegion(note, g2);
        if (!second.ok) return;
        expect(outside(second.text)).toBe(outside(note));
        const again = replaceRegion(second.text, g2);
        expect(again).toEqual(second);
        expect(regionBody(second.text)?.replace(/\r\n/g, "\n")).toBe(`${g2.replace(/\r?\n/g, "\n").replace(/\n*$/, "")}\n`);
      }),
      { seed: 99, numRuns: 1000 },
    );
  });
});
