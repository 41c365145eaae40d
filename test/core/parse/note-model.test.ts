import { parseNote } from "../../../src/core/parse/parseNote";

const tablesOf = (text: string) =>
  parseNote("n.md", text).tables.map((t) => [t.header.cells.map((c) => c.text), ...t.rows.map((r) => r.cells.map((c) => c.text))]);

describe("front matter", () => {
  it("reads properties as Obsidian shows them: dates stay text", () => {
    const m = parseNote("n.md", '---\nrotation: Growth → Value\nstart: 2022-01-01\nsell: [QQQ, "[[Tech]]"]\n---\n# Body\n');
    expect(m.properties).toEqual({ rotation: "Growth → Value", start: "2022-01-01", sell: ["QQQ", "[[Tech]]"] });
    expect(m.frontmatter).toEqual({ line: 1, endLine: 5 });
    expect(m.headings).toEqual([{ level: 1, text: "Body", line: 6 }]);
  });

  it("reports broken YAML with its note line and still reads the rest", () => {
    const m = parseNote("n.md", "---\ntitle: ok\nbad: [unclosed\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    expect(m.problems[0].line).toBeGreaterThanOrEqual(3);
    expect(m.problems[0].message).toMatch(/invalid YAML/);
    expect(m.tables).toHaveLength(1);
  });

  it.each(["js", "javascript", "JavaScript", "JS", "coffee"])("never runs ---%s front matter", (lang) => {
    const g = globalThis as { __pwned?: number };
    delete g.__pwned;
    const m = parseNote("n.md", `---${lang}\n{x: (function(){ globalThis.__pwned = 1; return 1 })()}\n---\nbody #tag\n`);
    expect(g.__pwned).toBeUndefined();
    expect(m.properties).toEqual({});
    expect(m.problems[0].message).toMatch(/front matter language not supported/);
    expect(m.tags.map((t) => t.name)).toEqual(["tag"]);
  });

  it("reads tags from a list or a string property", () => {
    expect(parseNote("n.md", "---\ntags: [rotation, '#macro']\n---\n").tags.map((t) => t.name)).toEqual(["rotation", "macro"]);
    expect(parseNote("n.md", "---\ntags: rotation, markets/energy\n---\n").tags.map((t) => t.name)).toEqual(["rotation", "markets/energy"]);
  });
});

describe("tags in the body", () => {
  it("finds inline and nested tags but not headings, code, link targets, URLs or numbers", () => {
    const text = [
      "# Heading #inhead",
      "#a #markets/energy text a#b #2026 #x2",
      "`#code` [[Note#Heading]] https://x.com/#frag [t](http://y/#z)",
      "```",
      "#fenced",
      "```",
    ].join("\n");
    expect(parseNote("n.md", text).tags.map((t) => t.name)).toEqual(["inhead", "a", "markets/energy", "x2"]);
  });
});

describe("tables", () => {
  it("pads short rows, drops surplus cells and reports both", () => {
    const m = parseNote("n.md", "| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n");
    expect(tablesOf("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n")).toEqual([
      [
        ["a", "b"],
        ["1", ""],
        ["1", "2"],
      ],
    ]);
    expect(m.problems.map((p) => p.line)).toEqual([3, 4]);
  });

  it("ignores tables in code, in %% comments and in HTML comments", () => {
    const t = "| a | b |\n|---|---|\n| 1 | 2 |\n";
    expect(tablesOf("```\n" + t + "```\n")).toEqual([]);
    expect(tablesOf("\n    | a | b |\n    |---|---|\n")).toEqual([]);
    expect(tablesOf("%%\n" + t + "%%\n")).toEqual([]);
    expect(tablesOf("<!--\n" + t + "-->\n")).toEqual([]);
  });

  it("reads tables inside blockquotes and callouts", () => {
    expect(tablesOf("> [!note] Flows\n> | Out of | Into |\n> |---|---|\n> | Tech | Energy |\n")).toEqual([
      [
        ["Out of", "Into"],
        ["Tech", "Energy"],
      ],
    ]);
  });

  it("keeps alignment, heading, caption and block id", () => {
    const m = parseNote("n.md", "## Flows\n\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n*Caption **here***\n^flows\n");
    const t = m.tables[0];
    expect(t.align).toEqual(["left", "center", "right"]);
    expect(t.heading?.text).toBe("Flows");
    expect(t.caption).toBe("Caption here");
    expect(t.blockId).toBe("flows");
    expect([t.line, t.endLine, t.captionLine]).toEqual([3, 5, 6]);
  });

  it("gives each cell its raw markdown, display text, links and figure", () => {
    const cell = parseNote("n.md", "| a |\n|---|\n| **[[Exxon\\|XOM]]** ~$530B `x\\|y` <b>hi</b> [FT](https://ft.com) |\n").tables[0]
      .rows[0].cells[0];
    expect(cell.raw).toBe("**[[Exxon\\|XOM]]** ~$530B `x\\|y` <b>hi</b> [FT](https://ft.com)");
    expect(cell.text).toBe("XOM ~$530B x|y hi FT");
    expect(cell.links.map((l) => [l.kind, l.target, l.alias])).toEqual([
      ["wiki", "Exxon", "XOM"],
      ["markdown", "https://ft.com", "FT"],
    ]);
  });

  it("shows a heading link as Obsidian does and keeps the block reference", () => {
    const [cell] = parseNote("n.md", "| a |\n|---|\n| [[Sector Rotation#Historical rotations]] [[X#^blk]] |\n").tables[0].rows[0].cells;
    expect(cell.text).toBe("Sector Rotation > Historical rotations X");
    expect(cell.links[1]).toMatchObject({ target: "X", block: "blk", heading: null });
  });

  it("puts HTML from cells into display text only as text", () => {
    const [cell] = parseNote("n.md", "| a |\n|---|\n| <img src=x onerror=alert(1)> ok |\n").tables[0].rows[0].cells;
    expect(cell.text).toBe("ok");
  });
});

describe("line endings and odd input", () => {
  it("reads CRLF, lone CR and a BOM the same as LF", () => {
    const lf = "---\na: 1\n---\n# H\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    const want = parseNote("n.md", lf);
    for (const variant of ["\uFEFF" + lf, lf.replace(/\n/g, "\r\n"), lf.replace(/\n/g, "\r")]) {
      const got = parseNote("n.md", variant);
      expect([got.properties, got.headings, got.tables.length, got.tables[0].rows[0].line]).toEqual([want.properties, want.headings, 1, 7]);
    }
  });

  it("reports an unclosed fence at the line that opened it", () => {
    expect(parseNote("n.md", "text\n```js\n| a | b |\n|---|---|\n").problems).toEqual([
      { line: 2, message: expect.stringMatching(/never closed/) },
    ]);
  });

  it("keeps link lines for wikilinks, embeds and markdown links everywhere", () => {
    const m = parseNote("n.md", "See [[A]] and ![[chart.png]]\n\n[x](http://e.com) [[B#H|alias]]\n");
    expect(m.links.map((l) => [l.line, l.target, l.heading, l.alias, l.embed])).toEqual([
      [1, "A", null, null, false],
      [1, "chart.png", null, null, true],
      [3, "http://e.com", null, "x", false],
      [3, "B", "H", "alias", false],
    ]);
  });
});

describe("front matter that the YAML parser accepts but cannot resolve", () => {
  it("reports an alias without an anchor, and an alias bomb, as problems", () => {
    expect(parseNote("n.md", "---\na: *missing\n---\n# Body\n").problems[0].message).toMatch(/invalid YAML/);
    const bomb = `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n`;
    const m = parseNote("n.md", bomb);
    expect(m.problems[0].message).toMatch(/invalid YAML/);
    expect(m.properties).toEqual({});
  });
});
