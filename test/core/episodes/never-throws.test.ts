import fc from "fast-check";
import { assembleEpisodes } from "../../helpers/assembleEpisodes";
import { extractEpisodes } from "../../../src/core/episodes/extractEpisodes";
import { parseNote } from "../../../src/core/parse/parseNote";
import { EpisodeIndex } from "../../../src/core/episodeIndex/EpisodeIndex";

/** Notes built from the blocks episodes are read from, with odd and damaged cells, properties and lines among them. */
const CELLS = [
  "2022",
  "**2026**",
  "2018 Q4",
  "2000-02",
  "sometime",
  "Oct 29, 2025",
  "Growth → Value",
  "Risk-off",
  "A -> B",
  "Tech, bonds",
  "Energy (XLE +18%)",
  "[[Defense]]",
  "[[X\\|Y]]",
  "Ongoing",
  "Full year",
  "2+ years",
  "a while",
  "",
  "—",
  "~43pp",
  "XLE vs IGV (~43pp)",
  "**Sell side**",
  "Buy side",
  "Out of",
  "Into",
  "rotation begins",
  "Utilities, staples",
  "Small caps",
  "Value",
  "Energy",
  "Growth",
  "2021",
];
const HEADERS = [
  ["Period", "Rotation", "Trigger", "Sell side", "Buy side", "Duration"],
  ["When", "Out of", "Into"],
  ["Out of", "Into"],
  ["Flow", "Detail"],
  ["Date", "Event"],
  ["", "Software → Energy", "Large → Small"],
  ["", "XLE vs IGV (~43pp)", "IWM vs QQQ (~12pp)"],
  ["Type", "From", "To", "Length"],
  ["Year", "Sell side", "Buy side"],
];
const PROPS = [
  "rotation: Growth → Value",
  "rotation: [x",
  "start: 2026-13-45",
  "start: 2025-10-29",
  "end: x",
  "end: 2022-12",
  'legs: ["XLE +", 5]',
  'legs: ["XLE +55%", "QQQ -30%"]',
  "status: ongoing",
  "status: ended",
  "status: 7",
  "sell: [[[X]]",
  "buy: {a: 1}",
  "tags: [rotation]",
  "period: 2022",
  "duration: 3 months",
];
const LINES = [
  "### 2022: Fed",
  "## Rotation 1: A → B (January 2026)",
  "![[c.png]]",
  "*XLE +55%, QQQ -30% — ~85pp divergence*",
  "*QQQ fell ~70%, XLE held flat*",
  "**Timing:** Started late December 2025",
  "#rotation",
  "| Period | Rotation | Duration |\n|---|---|---|\n| 2022 | Growth → Value | Full year |\n| 2023 | Small → Large | 3 months |",
  "In late February 2026 money rotated out of high yield and into Treasuries.",
  "%% rotation-lens:begin %%",
  "%% rotation-lens:end %%",
  "```",
  "%%",
  "",
];

const cell = fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 6 }));
const table = fc
  .tuple(fc.constantFrom(...HEADERS), fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 4 }))
  .map(([h, rows]) => [`| ${h.join(" | ")} |`, `|${h.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n"));
const frontmatter = fc.array(fc.constantFrom(...PROPS), { maxLength: 6 }).map((p) => ["---", ...p, "---"].join("\n"));
/** Whole episode blocks as users write them, so many notes assemble into episodes despite the table guard. */
const EPISODE_BLOCKS = [
  "| Period | Rotation | Duration |\n|---|---|---|\n| 2022 | Growth → Value | Full year |\n| 2023 | Small → Large | 3 months |",
  "| Year | Sell side | Buy side |\n|---|---|---|\n| 2021 | Energy | Tech |",
  "Since March 2024 money has rotated from utilities into banks.",
];
const block = fc.oneof(table, table, fc.constantFrom(...LINES), fc.constantFrom(...EPISODE_BLOCKS), fc.string({ maxLength: 10 }));
const note = fc
  .tuple(fc.option(frontmatter), fc.array(block, { maxLength: 12 }), fc.constantFrom("\n", "\r\n"))
  .map(([fm, blocks, nl]) => [fm ?? "", ...blocks].join("\n").replace(/\n/g, nl));

describe("episode extraction on any note", () => {
  it("never throws, and every source points inside the note", () => {
    let read = 0;
    fc.assert(
      fc.property(note, fc.constantFrom("N.md", "Sector Rotation January 2026.md"), (text, path) => {
        const model = parseNote(path, text);
        const { candidates, problems } = extractEpisodes(model, text);
        read += candidates.length;
        for (const c of candidates) {
          for (const s of [c.source, ...Object.values(c.fieldSources)]) {
            expect(s.line).toBeGreaterThanOrEqual(1);
            expect(s.line).toBeLessThanOrEqual(model.lineCount);
          }
        }
        for (const p of problems) expect(p.message).not.toMatch(/could not read episodes/);
        for (const e of assembleEpisodes(candidates, "2026-03-01")) expect(e.durationMonths === null || e.durationMonths >= 0).toBe(true);
        new EpisodeIndex().update(model, text);
      }),
      { seed: 3, numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    // The blocks do assemble into episodes: the property is not only checked on notes that yield nothing.
    expect(read).toBeGreaterThan(100);
  });
});
