/**
 * Every regex in src/core is found and run on adversarial 100 KB inputs (long runs of its own characters):
 * the test proves the list is complete and that each one answers; `npm run bench` times them against a
 * budget, so a pattern that backtracks quadratically shows there (and would stall this test, too).
 */
import path from "node:path";
import { adversarialInputs, regexesIn, runRegex } from "../../bench/regexAudit";
import { ROOT } from "../helpers/paths";

const { literals, constructed } = regexesIn(path.join(ROOT, "src/core"), ROOT);

/** Built with `new RegExp` from fixed text at module load: each is listed here with why it is linear. */
const CONSTRUCTED: Record<string, string> = {
  "src/core/dates/periodToRange.ts": "anchored at both ends; one lazy group before a fixed separator",
  "src/core/episodes/prose/proseLines.ts": "alternation of literal words, each after a space or a line start: no quantifier to retry",
};

describe("the regular expressions of src/core", () => {
  it("are found in the source (literals), and every constructed one is a reviewed, fixed pattern", () => {
    expect(literals.length).toBeGreaterThan(50);
    for (const at of constructed) expect(Object.keys(CONSTRUCTED)).toContain(at.slice(0, at.lastIndexOf(":")));
  });

  it.each(literals.map((l) => [l.at, l.re] as const))("%s answers on adversarial 100 KB inputs", (_at, re) => {
    for (const input of adversarialInputs(re, 100_000)) expect(runRegex(re, input)).toBeGreaterThanOrEqual(0);
  });
});
