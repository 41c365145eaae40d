import { blockIdOf, embedTarget, italicLine } from "../../../src/core/parse/captions";
import { fieldOf } from "../../../src/core/parse/fields";
import { headingOf } from "../../../src/core/parse/headings";

describe("headings", () => {
  it.each([
    ["# Sector Rotation", 1, "Sector Rotation"],
    ["###### Six", 6, "Six"],
    ["## Closed ##", 2, "Closed"],
    ["## C#", 2, "C#"],
    ["#", 1, ""],
    ["##   spaced  ", 2, "spaced"],
    ["   ### Indented", 3, "Indented"],
    ["#\tTab", 1, "Tab"],
  ])("%s is a level-%i heading showing %s", (line, level, raw) => expect(headingOf(line)).toEqual({ level, raw }));

  it.each(["#tag", "####### seven", "    # code", "text # not", "#2026"])("%s is no heading", (line) => expect(headingOf(line)).toBeNull());
});

describe("captions, block ids and embeds", () => {
  it.each([
    ["*XLE vs QQQ, 2022. ~85pp divergence*", "XLE vs QQQ, 2022. ~85pp divergence"],
    ["_Software → energy_", "Software → energy"],
    ["***bold italic***", "**bold italic**"],
    ["  *indented*  ", "indented"],
  ])("%s is an italic line", (line, inner) => expect(italicLine(line)).toBe(inner));

  it.each(["**Bold only**", "* list item *", "***", "___", "*a", "plain *x*", "**"])("%s is not an italic line", (line) =>
    expect(italicLine(line)).toBeNull(),
  );

  it("reads a block id alone on its line", () => {
    expect(blockIdOf("^flows-2022")).toBe("flows-2022");
    expect(blockIdOf(" ^id ")).toBe("id");
    expect(blockIdOf("text ^id")).toBeNull();
    expect(blockIdOf("^bad id")).toBeNull();
  });

  it("reads the file of a line that is only an image embed", () => {
    expect(embedTarget("![[rotation-2022-fed-hike.png]]")).toBe("rotation-2022-fed-hike.png");
    expect(embedTarget("![[chart.png|600]]")).toBe("chart.png");
    expect(embedTarget("![XLE](charts/xle.png)")).toBe("charts/xle.png");
    expect(embedTarget("See ![[chart.png]]")).toBeNull();
    expect(embedTarget("[[chart.png]]")).toBeNull();
  });
});

describe("labelled lines (fields)", () => {
  it.each([
    ["**Timing:** Started late December 2025", "Timing", "Started late December 2025"],
    ["**Theme**: Earnings growth broadening.", "Theme", "Earnings growth broadening."],
    ["Timing: Started late December", "Timing", "Started late December"],
    ["Sell side market cap: Mega", "Sell side market cap", "Mega"],
    ["rotation:: Growth → Value", "rotation", "Growth → Value"],
    ["Источник: FT", "Источник", "FT"],
  ])("%s", (line, key, value) => expect(fieldOf(line)).toEqual({ key, value }));

  it.each([
    "https://www.bloomberg.com/news",
    "Meeting at 10:30 today",
    "10:30 open",
    "This is a long sentence of more than four words: not a label",
    "| a: b |",
    "# Heading: x",
    "Label:",
    "Label:no space",
  ])("%s is not a field", (line) => expect(fieldOf(line)).toBeNull());
});
