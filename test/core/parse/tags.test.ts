import type { Tag } from "../../../src/core/model/types";
import { parseNote } from "../../../src/core/parse/parseNote";
import { inlineTags, propertyTags, tagVisibleText } from "../../../src/core/parse/tags";

const inline = (line: string): string[] => {
  const out: Tag[] = [];
  inlineTags(tagVisibleText(line), 1, out);
  return out.map((t) => t.name);
};

describe("tags from properties", () => {
  it.each([
    ["a list", { tags: ["rotation", "#macro", "markets/energy"] }, ["rotation", "macro", "markets/energy"]],
    ["a comma-separated string", { tags: "rotation, #macro,markets/energy" }, ["rotation", "macro", "markets/energy"]],
    ["a space-separated string", { tags: "rotation macro" }, ["rotation", "macro"]],
    ["the singular property", { tag: "concept" }, ["concept"]],
    ["numbers only, which are no tags", { tags: [2026, "2026", "y2026"] }, ["y2026"]],
    ["values that are not text", { tags: [{ a: 1 }, null, "ok"] }, ["ok"]],
    ["no tags property", { title: "x" }, []],
  ])("reads %s", (_what, props, names) => {
    const tags = propertyTags(props);
    expect(tags.map((t) => t.name)).toEqual(names);
    expect(tags.every((t) => t.line === 0)).toBe(true);
  });
});

describe("inline tags", () => {
  it("reads plain, nested and non-ASCII tags", () => {
    expect(inline("#concept #markets #rotation #macro")).toEqual(["concept", "markets", "rotation", "macro"]);
    expect(inline("text #markets/energy and #ротация, #セクター. #a_b-c #日本/東京")).toEqual([
      "markets/energy",
      "ротация",
      "セクター",
      "a_b-c",
      "日本/東京",
    ]);
  });

  it("ends a tag at punctuation and drops a trailing slash", () => {
    expect(inline("see #macro) #energy! #a/ #b:c (#not")).toEqual(["macro", "energy", "a", "b"]);
  });

  it.each([
    ["a # preceded by a letter", "a#b x#y"],
    ["a number", "#2026 #1"],
    ["a code span", "`#code` and ``#more``"],
    ["a wikilink heading", "[[Note#Heading]] ![[Chart#Part]]"],
    ["a markdown link's URL", "[t](http://y.com/#z) [u](#local)"],
    ["a bare URL", "https://x.com/#frag and ftp://h/#f"],
    ["a lone #", "# and #"],
  ])("are not read from %s", (_what, line) => expect(inline(line)).toEqual([]));

  it("keeps tags next to hidden text", () => {
    expect(inline("`code` #after [[N#H]] #also https://u.rl/#x #last")).toEqual(["after", "also", "last"]);
  });

  it("are not read from headings' marks, code blocks or comments, and carry their line", () => {
    const note = [
      "---",
      "tags: [fm]",
      "---",
      "# Heading #inhead",
      "## #",
      "```",
      "#fenced",
      "```",
      "%% #commented %%",
      "<!-- #html -->",
      "> callout #quoted",
      "| #cell | x |",
      "|---|---|",
      "| y | `#code` #row |",
    ].join("\n");
    expect(parseNote("n.md", note).tags).toEqual([
      { name: "fm", line: 0 },
      { name: "inhead", line: 4 },
      { name: "quoted", line: 11 },
      { name: "cell", line: 12 },
      { name: "row", line: 14 },
    ]);
  });
});
