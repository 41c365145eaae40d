import { classifyRotation } from "../../../src/core/taxonomy/classifyRotation";
import { findTerms } from "../../../src/core/taxonomy/taxonomy";
import { durationToMonths } from "../../../src/core/dates/durationToMonths";
import { datesInText } from "../../../src/core/dates/datesInText";
import { extractEpisodes } from "../../../src/core/episodes/extractEpisodes";
import { startPhrase, titlePeriod } from "../../../src/core/episodes/dateFlow";
import { legsIn } from "../../../src/core/episodes/sides";
import { findMovement } from "../../../src/core/episodes/prose/movement";
import { piecesIn } from "../../../src/core/episodes/prose/pieces";
import { parseNote } from "../../../src/core/parse/parseNote";

/**
 * Issue 12 found patterns whose time grows with the square of a run of spaces. Each reader that sees
 * user text gets ~100 KB of the input that used to freeze it; the jest timeout guards a freeze, the
 * assertions check the answer is still right.
 */
const SPACES = " ".repeat(100_000);
const at = { path: "N.md", line: 1, heading: null };
const read = (text: string) => extractEpisodes(parseNote("Rotation 1 (x).md", text), text);

describe("readers of user text on 100 KB adversarial input", () => {
  it("classifyRotation: a Rotation cell of a, spaces, b", () => {
    expect(classifyRotation({ rotation: `a${SPACES}b` }).type).toBe("other");
    expect(classifyRotation({ rotation: `Growth${SPACES}→${SPACES}Value` }).type).toBe("growth-to-value");
  });

  it("durationToMonths: 1, spaces, x", () => {
    expect(durationToMonths(`1${SPACES}x`)).toBeNull();
    expect(durationToMonths(`18${SPACES}months`)?.months).toBe(18);
  });

  it("comparison tables: a header of spaces and a parenthesis", () => {
    const text = `| Period | Rotation | Sell side | Buy side |\n|---|---|---|---|\n| 2022 | Growth → Value | Tech | Energy |\n\n| | X${SPACES}(~4${SPACES}x |\n|---|---|\n| a | b |\n`;
    expect(read(text).candidates).toHaveLength(1);
  });

  it("dateFlow: a start field, a title and a heading with long runs of spaces", () => {
    expect(startPhrase(`Started${SPACES}in${SPACES}late December 2025`)).toBe("late December 2025");
    expect(titlePeriod(`Rotation${SPACES}January${SPACES}2026${SPACES}`)).toBe("January 2026");
    const text = `## Rotation 1: A → B (${"(".repeat(50_000)}${SPACES}\n\n| Out of | Into |\n|---|---|\n| Tech | Energy |\n`;
    expect(read(text).candidates.length).toBeLessThanOrEqual(1);
  });

  it("legsIn: tickers followed by long runs of spaces", () => {
    expect(legsIn(`XLE${SPACES}+55% QQQ${SPACES}x`.repeat(2), at).map((l) => l.ticker)).toEqual(["XLE"]);
  });

  it("the lexicon, the date finder and the prose readers", () => {
    expect(findTerms(`energy${SPACES}${"x".repeat(100_000)}`).map((h) => h.name)).toEqual(["energy"]);
    expect(datesInText(`${"1 ".repeat(50_000)}late February 2026`).map((d) => d.start)).toEqual(["2026-02-19"]);
    expect(findMovement(`out of ${"a ".repeat(50_000)} into energy`)).toBeNull();
    expect(piecesIn(`sold ${"$".repeat(100_000)}`).length).toBeLessThanOrEqual(1);
    // A side 100 KB long is no side; the sentence after the junk is still read.
    const prose = `In March 2024 money rotated out of${SPACES}utilities and into${SPACES}banks.\n${"From out of away from sold ".repeat(4000)}\n\nIn March 2024 money rotated out of utilities and into banks.\n`;
    expect(read(prose).candidates.map((c) => c.kind)).toEqual(["prose"]);
  });
});
