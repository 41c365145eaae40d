/** Note text and file names reach the index note inert: no HTML, marker, link, embed or tag from a source becomes live. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../../src/cli/main";
import { inertCell, noteLink } from "../../../src/core/indexNote/markdownEscape";
import { findRegion } from "../../../src/core/indexNote/region";
import { BEGIN, END } from "../../../src/core/parse/generatedRegion";
import { parseNote } from "../../../src/core/parse/parseNote";

describe("inert cells and links", () => {
  it("turns markup into entities and keeps plain research text as it is", () => {
    expect(inertCell("Energy (XLE +18%), old economy")).toBe("Energy (XLE +18%), old economy");
    expect(inertCell("S&P 493 → Mag 7")).toBe("S&P 493 → Mag 7");
    expect(inertCell("<iframe src=x>")).toBe("&lt;iframe src=x&gt;");
    expect(inertCell("see [[Secret]] and ![[pic.png]] #tag")).toBe(
      "see &#91;&#91;Secret&#93;&#93; and !&#91;&#91;pic.png&#93;&#93; &#35;tag",
    );
    expect(inertCell("a | b \\| c")).toBe("a \\| b \\| c");
    expect(inertCell("x %% rotation-lens:end %% y")).toBe("x %&#37; rotation-lens:end %&#37; y");
    expect(inertCell("two\nlines\r\nhere")).toBe("two lines here");
  });

  it("links plain paths as wikilinks and odd ones as encoded markdown links", () => {
    expect(noteLink("Research/Energy 2022.md", "2022: Fed hiking", "Energy 2022")).toBe(
      "[[Research/Energy 2022#2022 Fed hiking\\|Energy 2022]]",
    );
    expect(noteLink("Odd | name ]] x.md", null, "Odd | name ]] x")).toBe("[Odd \\| name &#93;&#93; x](Odd%20%7C%20name%20%5D%5D%20x.md)");
    expect(noteLink("a\n%% rotation-lens:end %%.md", null, "a\n%% rotation-lens:end %%")).not.toMatch(/\n|%%/);
  });
});

describe("the index note written from hostile sources", () => {
  it("holds no live HTML, no extra marker line and no broken row", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rotation-lens-inert-"));
    mkdirSync(path.join(dir, "Research"));
    const table = (year: number, trigger: string): string =>
      `| Period | Rotation | Trigger | Sell side | Buy side |\n|---|---|---|---|---|\n| ${year} | Growth → Value | ${trigger} | Software | Energy |\n`;
    writeFileSync(
      path.join(dir, "Research/Html.md"),
      table(2011, "`<iframe src=https://example.invalid>` and \\<img src=x onerror=alert(1)\\>"),
    );
    writeFileSync(path.join(dir, "Research/Odd | name ]] here.md"), table(2013, "[[Fed]] then ![](https://example.invalid/t.png)"));
    writeFileSync(path.join(dir, "Research/Line\n%% rotation-lens:end %%\nbreak.md"), table(2015, "%% rotation-lens:begin %% #tag"));
    const out: string[] = [];
    const code = await runCli(["index", dir, "--write", "--as-of", "2026-03-01"], {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      errIsTTY: false,
      today: "2026-03-01",
    });
    expect(code).toBe(0);
    const text = readFileSync(path.join(dir, "Historical rotations.md"), "utf8");
    expect(findRegion(text).kind).toBe("ok");
    expect(text.split("\n").filter((l) => l.trim() === BEGIN || l.trim() === END)).toHaveLength(2);
    expect(text).not.toMatch(/<(iframe|img)|\]\(https?:|!\[\[|#tag/);
    const model = parseNote("Historical rotations.md", text);
    const episodesTable = model.tables.find((t) => t.header.cells.some((h) => h.text === "Source"))!;
    expect(episodesTable.rows.length).toBe(3);
    for (const row of episodesTable.rows) expect(row.cells.length).toBe(episodesTable.header.cells.length);
  });
});
