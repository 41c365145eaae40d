/** @jest-environment jsdom */
/** `cli blocks`: every block of a note or vault with file:line and its result, or the very message the plugin's block shows. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cliRun } from "../helpers/cli";
import { notesIn, EXAMPLE_VAULT } from "../helpers/paths";
import { loadPlugin, startUp, tempCopy, until, type Loaded } from "../harness/testApp";
import { Component } from "../fakes/obsidian";

function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliRun(argv);
}

const fence = "```";
const BROKEN: Record<string, string> = {
  unquoted: "rotation-chart\nsource: [[Sector Rotation#XMAG ETF]]\nx: Month",
  unquotedCell:
    "rotation-classify\nclassifier: breadth\nindex: [[Dispersion watch#Breadth on Jan 14, 2026]] S&P 500 > Change\nup: 300\ntotal: 500",
  filterKey: "rotation-chart\ndata: episodes\ntype: timeline\nfilter:\n  since: 2000\n  sector: energy",
  filterType: "rotation-chart\ndata: episodes\nfilter: {type: tech-to-energy}",
  topKey: 'rotation-chart\nsource: "[[Sector Rotation#XMAG ETF]]"\ncolour: red',
  noNote: 'rotation-chart\nsource: "[[No such note]]"',
};
const SHARE = "## Breadth today\n\n| Index | Change | Share up |\n|---|---|---|\n| S&P 500 | -0.53% | 60% |\n";
const SHARE_BLOCK =
  'rotation-classify\nclassifier: breadth\nindex: "[[Broken blocks#Breadth today]] S&P 500 > Change"\nshare: "[[Broken blocks#Breadth today]] S&P 500 > Share up"';

function brokenVault(): string {
  const dir = tempCopy(EXAMPLE_VAULT);
  const blocks = [...Object.values(BROKEN), SHARE_BLOCK].map((b) => `${fence}${b}\n${fence}\n`).join("\n");
  writeFileSync(path.join(dir, "Broken blocks.md"), `# Broken blocks\n\n${SHARE}\n${blocks}`);
  return dir;
}

/** What the plugin's block shows for `source` in `note`: the message's text, or the verdict card's. */
async function pluginShows(l: Loaded, note: string, language: string, source: string): Promise<string> {
  const parent = new Component();
  parent.load();
  const el = document.createElement("div");
  const processors = (l.plugin as unknown as { codeBlockProcessors: Map<string, (s: string, el: HTMLElement, ctx: unknown) => void> })
    .codeBlockProcessors;
  processors.get(language)!(source, el, { sourcePath: note, addChild: (c: Component) => parent.addChild(c), getSectionInfo: () => null });
  await until(() => el.querySelector(".rotation-lens-message, .rotation-lens-verdict, canvas") !== null);
  const parts = [...el.querySelectorAll(".rotation-lens-message > div, .rotation-lens-verdict-inputs a")].map((d) => d.textContent ?? "");
  parent.unload();
  return parts.join(" | ");
}

describe("cli blocks", () => {
  jest.setTimeout(30_000);

  it("lists every block of the example vault with its result, and exits 0", async () => {
    const r = await cli("blocks", EXAMPLE_VAULT);
    expect(r.code).toBe(0);
    const fences = readdirSync(EXAMPLE_VAULT)
      .filter((f) => f.endsWith(".md"))
      .flatMap((f) =>
        readFileSync(path.join(EXAMPLE_VAULT, f), "utf8")
          .split("\n")
          .flatMap((l, i) =>
            /^```rotation-(chart|classify)/.test(l) ? [`${path.join(EXAMPLE_VAULT, f)}:${i + 1}: rotation-${l.slice(12)}`] : [],
          ),
      );
    const lines = r.out.split("\n");
    expect(fences).toHaveLength(9);
    expect(lines.map((l) => l.slice(0, l.indexOf(": ", l.indexOf(".md:")) + 2 + l.split(": ")[1].length))).toEqual(fences);
    expect(r.out).toContain(
      `Sector Rotation.md:212: rotation-chart: bar chart "XMAG monthly flows (2025)" from Sector Rotation, table at line 194: 12 labels, values in $; Flow (bar, 12 points); axes: Month / Flow ($)`,
    );
    expect(r.out).toMatch(
      /Dispersion watch\.md:40: rotation-classify: Rotation: Index down -0\.53% .*Constituents up 300 \(Dispersion watch\.md:38\)/,
    );
    // The example index note's counts follow the example vault; the words are what this checks.
    expect(r.out).toMatch(
      /Historical rotations\.md:\d+: rotation-chart: timeline chart of episodes "Rotations over time": \d+ labels, horizontal, values in years; Ended \(bar, \d+ points\); Ongoing, to 2026-03-01 \(open bar, \d+ points\); axes: Episode \/ Year; Since \d{4}: \d+ older episodes? (are|is) left out; since: \d{4} shows every one\./,
    );
    expect(r.err).toBe(`rotation-lens: 9 blocks in ${notesIn(EXAMPLE_VAULT).length} notes, 0 with errors`);
  });

  it("exits 1 on a broken block, with the message the plugin's block shows, and links share to its line", async () => {
    const dir = brokenVault();
    const r = await cli("blocks", path.join(dir, "Broken blocks.md"));
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines).toHaveLength(Object.keys(BROKEN).length + 1);
    expect(lines[0]).toMatch(
      /Broken blocks\.md:9: rotation-chart: error: Chart settings cannot be read: source: a \[\[link\]\] in a block must be in quotes, or YAML reads it as a list\. Quote the link: source: "\[\[Sector Rotation#XMAG ETF\]\]"/,
    );
    // The YAML mistake is pointed at on its own line of the note (the fence is at line 14, the mistake on the block's line 2).
    expect(lines[1]).toMatch(
      /Broken blocks\.md:16: rotation-classify: error: Classifier settings cannot be read: The block's YAML cannot be read \(block line 2\): a \[\[link\]\] .* Quote the link: index: "\[\[Dispersion watch#Breadth on Jan 14, 2026\]\] S&P 500 > Change"/,
    );
    expect(lines[2]).toMatch(/error: Chart settings need a fix: Unknown filter "sector"\. filter: takes: type, since, ongoing\./);
    expect(lines[3]).toMatch(/error: .*type: "tech-to-energy" in filter: is not a rotation type; use growth-to-value, /);
    expect(lines[4]).toMatch(/error: Chart settings need a fix: Unknown setting "colour"/);
    expect(lines[5]).toMatch(/error: Source note not found: No note "No such note" in this vault\. Check the name in source:/);
    expect(lines[6]).toMatch(/rotation-classify: Rotation: .*Share up 60% \(Broken blocks\.md:7\)/);
    expect(r.err).toBe("rotation-lens: 7 blocks in 1 note, 6 with errors");

    // The plugin's blocks show the same words.
    const l = await loadPlugin(dir, { copy: false });
    await startUp(l);
    for (const [i, block] of [...Object.values(BROKEN), SHARE_BLOCK].entries()) {
      const language = block.slice(0, block.indexOf("\n"));
      const shown = await pluginShows(l, "Broken blocks.md", language, block.slice(language.length + 1));
      if (i < 6) for (const part of shown.split(" | ")) expect(lines[i]).toContain(part.replace(/\.$/, ""));
      else expect(shown).toBe("Broken blocks, line 7 | Broken blocks, line 7");
    }
  });

  it("lists blocks in folders the settings exclude (Obsidian still renders them), whose charts show the indexed episodes only", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    const timeline = `${fence}rotation-chart\ndata: episodes\ntype: timeline\ntitle: Rotations over time\n${fence}\n`;
    const journal = "| Period | Rotation | Sell side | Buy side |\n|---|---|---|---|\n| 2024 | Journal trade | Gold | Bitcoin |\n";
    mkdirSync(path.join(dir, "Personal"));
    writeFileSync(path.join(dir, "Personal/Trade journal.md"), `${journal}\n${timeline}`);
    mkdirSync(path.join(dir, ".obsidian/plugins/rotation-lens"), { recursive: true });
    writeFileSync(
      path.join(dir, ".obsidian/plugins/rotation-lens/data.json"),
      JSON.stringify({ excludeFolders: ["Personal"], asOfOverride: "2026-03-01" }),
    );
    const shown = (out: string, note: string): string =>
      out
        .split("\n")
        .find((l) => l.includes(`${note}:`) && l.includes("timeline"))!
        .replace(/^.*?rotation-chart: /, "");
    const r = await cli("blocks", dir);
    expect(r.code).toBe(0);
    // The journal's block is listed, and draws what the index note's timeline draws: the journal's own row is not an episode.
    expect(shown(r.out, "Personal/Trade journal.md")).toBe(shown(r.out, "Historical rotations.md"));
    const all = await cli("blocks", dir, "--exclude", "");
    expect(shown(all.out, "Personal/Trade journal.md")).not.toBe(shown(r.out, "Personal/Trade journal.md"));
  });

  it("answers usage errors like the other commands", async () => {
    expect(await cli("blocks")).toMatchObject({ code: 2, err: "rotation-lens: blocks needs exactly one note or folder (try --help)" });
    expect(await cli("blocks", "/no/such.md")).toMatchObject({
      code: 2,
      err: "rotation-lens: /no/such.md: no such file or folder (try --help)",
    });
  });
});
