import { readFrontmatter } from "../../../src/core/parse/frontmatter";
import { parseNote } from "../../../src/core/parse/parseNote";

const fm = (text: string) => readFrontmatter(text.split("\n"));

describe("front matter read with yaml", () => {
  it("keeps dates, booleans written as words and other YAML 1.1 forms as Obsidian shows them", () => {
    const r = fm('---\nstart: 2026-01-08\nongoing: yes\nflag: true\nsize: 0x1F\nnone: ~\nsell: [IGV, "[[Tech]]"]\n---\nbody');
    expect(r.properties).toEqual({ start: "2026-01-08", ongoing: "yes", flag: true, size: 31, none: null, sell: ["IGV", "[[Tech]]"] });
    expect(r.block).toEqual({ line: 1, endLine: 8 });
    expect(r.bodyStart).toBe(8);
    expect(r.problems).toEqual([]);
  });

  it("reports broken YAML at its line in the note and reads no properties", () => {
    expect(fm("---\ntitle: ok\nbad: [unclosed\n---\nx").problems).toEqual([
      { line: 3, message: expect.stringMatching(/^invalid YAML in front matter/) },
    ]);
    const quote = fm('---\na: 1\nb: 2\nc: 3\nd: "x\ne: 4\n---');
    expect(quote.problems[0].line).toBe(6);
    expect(quote.properties).toEqual({});
    expect(fm("---\n\tx: 1\n---").problems[0]).toEqual({ line: 2, message: expect.stringMatching(/Tabs/) });
  });

  it.each([
    ["a list", "---\n- a\n- b\n---"],
    ["a scalar", "---\njust text\n---"],
    ["a number", "---\n42\n---"],
  ])("ignores front matter that is %s, with a problem", (_what, text) => {
    const r = fm(text);
    expect(r.properties).toEqual({});
    expect(r.problems).toEqual([{ line: 2, message: expect.stringMatching(/not a list of properties/) }]);
  });

  it("accepts empty and comment-only front matter without a problem", () => {
    expect(fm("---\n---\nx")).toMatchObject({ properties: {}, problems: [], block: { line: 1, endLine: 2 } });
    expect(fm("---\n# a comment\n---\nx")).toMatchObject({ properties: {}, problems: [] });
  });

  it("reads no front matter when the first line is not a fence, and says so when the fence never closes", () => {
    expect(fm("# Title\n---\na: 1\n---")).toMatchObject({ block: null, bodyStart: 0, problems: [] });
    expect(fm("---\na: 1\n")).toMatchObject({
      block: null,
      bodyStart: 0,
      problems: [{ line: 1, message: expect.stringMatching(/not closed/) }],
    });
  });

  it("reads ---yaml front matter like plain ---", () => {
    expect(fm("---yaml\na: 1\n---").properties).toEqual({ a: 1 });
  });

  it.each(["js", "javascript", "JavaScript", "JS", "coffee", "CoffeeScript", "toml", "json"])(
    "refuses ---%s front matter without running it",
    (lang) => {
      const g = globalThis as { __pwned?: number };
      delete g.__pwned;
      const r = fm(`---${lang}\n{x: (function(){ globalThis.__pwned = 1; return 1 })()}\n---\nbody`);
      expect(g.__pwned).toBeUndefined();
      expect(r.properties).toEqual({});
      expect(r.problems).toEqual([{ line: 1, message: expect.stringMatching(/^front matter language not supported/) }]);
      expect(r.bodyStart).toBe(3);
    },
  );

  it("gives each note its own properties object (no cache shared between notes)", () => {
    const a = parseNote("a.md", "---\nx: 1\n---\n");
    const b = parseNote("b.md", "---\nx: 1\n---\n");
    expect(a.properties).toEqual(b.properties);
    expect(a.properties).not.toBe(b.properties);
  });

  it("reads CRLF front matter the same as LF", () => {
    expect(parseNote("n.md", "---\r\ntags: [a]\r\nstart: 2022-01-03\r\n---\r\n").properties).toEqual({ tags: ["a"], start: "2022-01-03" });
  });

  it("reads a block of 100,000 blank lines and a comment before its keys (gray-matter's comment pattern took seconds on a tenth of it)", () => {
    const text = `---\n${" \n".repeat(100_000)}# mine\nepisodes: 3\n---\nbody`;
    expect(fm(text).properties).toEqual({ episodes: 3 });
  });
});
