import type { Problem } from "../../../src/core/model/types";
import { scanLines } from "../../../src/core/parse/scanLines";

/** The lines a reader sees (null for code and comments), and the problems found. */
function scan(text: string): { seen: (string | null)[]; depth: number[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const infos = scanLines(text.split("\n"), 0, problems);
  return { seen: infos.map((i) => (i.hidden ? null : i.text)), depth: infos.map((i) => i.depth), problems };
}

describe("which lines are code or comments", () => {
  it("hides fenced code of backticks and tildes, closed only by a fence at least as long", () => {
    expect(scan("a\n```js\n| x |\n```\nb").seen).toEqual(["a", null, null, null, "b"]);
    expect(scan("~~~~\n~~~\n````\n~~~~\nc").seen).toEqual([null, null, null, null, "c"]);
    expect(scan("````\n```\nstill code\n````\nd").seen).toEqual([null, null, null, null, "d"]);
  });

  it("does not take a backtick line with a backtick in its info string for a fence", () => {
    expect(scan("``` not `a fence\nplain").seen).toEqual(["``` not `a fence", "plain"]);
  });

  it("hides indented code after a blank line, but not indented list continuations", () => {
    expect(scan("text\n\n    code | x\n\tcode too\nafter").seen).toEqual(["text", "", null, null, "after"]);
    expect(scan("- item\n\n    continued | x").seen).toEqual(["- item", "", "    continued | x"]);
  });

  it("removes inline %% and <!-- --> comments and hides multi-line ones", () => {
    expect(scan("a %%hidden%% b <!-- c --> d").seen).toEqual(["a  b  d"]);
    expect(scan("x %%\n| a |\n|---|\n%% y").seen).toEqual(["x ", null, null, " y"]);
    expect(scan("<!--\n| a |\n-->\nz").seen).toEqual(["", null, null, "z"]);
  });

  it("strips blockquote and callout markers and counts their depth", () => {
    const s = scan("> [!note] Flows\n> | a |\n>> deeper\n   > three spaces\nplain");
    expect(s.seen).toEqual(["[!note] Flows", "| a |", "deeper", "three spaces", "plain"]);
    expect(s.depth).toEqual([1, 1, 2, 1, 0]);
  });

  it("reports an unclosed fence or comment at the line that opened it", () => {
    expect(scan("a\n```\nb").problems).toEqual([{ line: 2, message: expect.stringMatching(/never closed/) }]);
    expect(scan("a\nb %% c\nd").problems).toEqual([{ line: 2, message: expect.stringMatching(/%%.*never closed/) }]);
    expect(scan("<!-- a\nb").problems).toEqual([{ line: 1, message: expect.stringMatching(/<!--.*never closed/) }]);
  });
});
