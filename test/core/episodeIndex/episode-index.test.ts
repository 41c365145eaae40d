import fc from "fast-check";
import { assembleEpisodes } from "../../helpers/assembleEpisodes";
import { extractEpisodes } from "../../../src/core/episodes/extractEpisodes";
import { episodeMetrics } from "../../../src/core/metrics/episodeMetrics";
import { parseNote } from "../../../src/core/parse/parseNote";
import { extendTaxonomy, defaultTaxonomy } from "../../../src/core/taxonomy/taxonomy";
import { EpisodeIndex } from "../../../src/core/episodeIndex/EpisodeIndex";
import type { Episode } from "../../../src/core/episodes/types";

const AS_OF = "2026-03-01";
const lines = (...l: string[]): string => `${l.join("\n")}\n`;
const table = (...rows: string[]): string =>
  lines("| Period | Rotation | Sell side | Buy side | Duration |", "|---|---|---|---|---|", ...rows);

const LOG = table("| 2022 | Growth → Value | Tech | Energy | Full year |", "| 2016 | Growth → Value | Tech | Industrials | 6 months |");
const NOTE_2022 = lines("---", "rotation: Growth → Value", "period: 2022", 'legs: ["XLE +55%", "QQQ -30%"]', "---", "# Energy 2022");
const SIZE = table("| 2026 | Large → Small | Mag 7 | Russell 2000 | Ongoing |");

function fresh(): EpisodeIndex {
  const index = new EpisodeIndex();
  index.update("Log.md", LOG);
  index.update("Episodes/Energy 2022.md", NOTE_2022);
  index.update("Size.md", SIZE);
  return index;
}

describe("the episode index, one note at a time", () => {
  it("merges notes as they arrive and re-reads an edited one", () => {
    const index = fresh();
    expect(index.episodes(AS_OF).map((e) => [e.period, e.sources.length])).toEqual([
      ["2026", 1],
      ["2022", 2],
      ["2016", 1],
    ]);
    const edit = index.update("Episodes/Energy 2022.md", NOTE_2022.replace("-30%", "-33%"));
    expect(edit).toEqual({ changed: true });
    const merged = index.episodes(AS_OF).find((e) => e.period === "2022");
    expect(merged?.sources.map((s) => s.path).sort()).toEqual(["Episodes/Energy 2022.md", "Log.md"]);
    expect(merged?.divergencePp).toBe(88);
  });

  it("costs nothing when an edit changes no episode", () => {
    const index = fresh();
    const before = index.episodes(AS_OF);
    expect(index.update("Size.md", `${SIZE}\nA closing thought.\n`)).toEqual({ changed: false });
    expect(index.episodes(AS_OF)).toBe(before);
  });

  it("removes notes, and a renamed note is removed and read again under its new path", () => {
    const index = fresh();
    expect(index.remove("Log.md").changed).toBe(true);
    expect(index.episodes(AS_OF).map((e) => [e.period, e.sources.map((s) => s.path)])).toEqual([
      ["2026", ["Size.md"]],
      ["2022", ["Episodes/Energy 2022.md"]],
    ]);
    expect(index.remove("Log.md").changed).toBe(false);
    index.remove("Size.md");
    expect(index.update("Rotations/Size 2026.md", SIZE).changed).toBe(true);
    const paths = index.episodes(AS_OF).flatMap((e) => e.sources.map((s) => s.path));
    expect(paths).toContain("Rotations/Size 2026.md");
    expect(paths).not.toContain("Size.md");
  });

  it("ages ongoing episodes to the as-of date asked for, and gives the metrics of that list", () => {
    const index = fresh();
    expect(index.episodes("2026-02-01")[0].durationMonths).toBe(1);
    expect(index.episodes("2026-04-01")[0].durationMonths).toBe(3);
    expect(episodeMetrics(index.episodes(AS_OF)).ongoing).toEqual([
      { id: "2026-01-large-small", label: "2026: Large → Small", start: "2026-01-01", ageMonths: 2 },
    ]);
  });

  it("classifies with the taxonomy it was given", () => {
    const taxonomy = extendTaxonomy(defaultTaxonomy, { "picks and shovels": "value", moonshots: "growth" });
    const index = new EpisodeIndex({ taxonomy });
    index.update("N.md", table("| 2021 | Out of favour | Moonshots | Picks and shovels | 1 year |"));
    expect(index.episodes(AS_OF)[0].type).toBe("growth-to-value");
    // Without the user's terms the sides name no market group, so the row is not an episode at all (issue 13's table guard).
    const plain = new EpisodeIndex();
    plain.update("N.md", table("| 2021 | Out of favour | Moonshots | Picks and shovels | 1 year |"));
    expect(plain.episodes(AS_OF)).toEqual([]);
  });

  it("gathers problems by path: the parser's and the episode sources'", () => {
    const index = fresh();
    index.update(
      "Broken.md",
      lines(
        "---",
        "rotation: [unclosed",
        "---",
        "| Period | Rotation | Sell side | Buy side |",
        "|---|---|---|---|",
        "| someday | Growth → Value | Tech | Energy |",
      ),
    );
    expect(index.problems()).toEqual([
      expect.objectContaining({ path: "Broken.md", line: 2 }),
      { path: "Broken.md", line: 6, message: 'period "someday" is not a date or range Rotation Lens can read' },
    ]);
    index.update("Broken.md", "fixed");
    expect(index.problems()).toEqual([]);
  });

  /** Episodes one edit of Log.md makes anew; every other one is the very object of the list before it, not merged again. */
  const madeAnewByOneEdit = (index: EpisodeIndex): Episode[] => {
    const before = new Set(index.episodes(AS_OF));
    index.update("Log.md", LOG.replace("6 months", "7 months"));
    const after = index.episodes(AS_OF);
    expect(after).toHaveLength(before.size);
    return after.filter((e) => !before.has(e));
  };

  it("re-merges only the rotation an edit touches, however large the vault", () => {
    for (const notes of [20, 400]) {
      const index = new EpisodeIndex();
      for (let i = 0; i < notes; i++) index.update(`N${i}.md`, table(`| ${1900 + i} | Sector${i} → Other${i} | A | B | 1 year |`));
      index.update("Log.md", LOG);
      // The two Growth → Value rows of Log.md, and nothing of the other notes.
      expect(madeAnewByOneEdit(index).map((e) => e.period)).toEqual(["2022", "2016"]);
    }
  });

  it("re-merges only the periods an edit touches within a rotation that many notes share", () => {
    for (const notes of [20, 500]) {
      const index = new EpisodeIndex();
      for (let i = 0; i < notes; i++) {
        // One month each, from January 1900 on: as many Growth → Value episodes as notes, none overlapping Log.md's.
        const month = `${"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ")[i % 12]} ${1900 + Math.floor(i / 12)}`;
        index.update(`N${i}.md`, table(`| ${month} | Growth → Value | Tech | Energy | 1 month |`));
      }
      index.update("Log.md", LOG);
      expect(index.episodes(AS_OF)).toHaveLength(notes + 2);
      // Log.md's two rows, not the hundreds of other episodes of the same rotation.
      const anew = madeAnewByOneEdit(index);
      expect(anew.map((e) => e.period)).toEqual(["2022", "2016"]);
      expect(anew.find((e) => e.period === "2016")?.durationMonths).toBe(7);
    }
  });
});

describe("incremental and one-shot reads agree", () => {
  const TEXTS = [
    LOG,
    NOTE_2022,
    SIZE,
    "",
    table("| 2022 | Growth → Value | Unprofitable tech | Energy, financials | Full year |"),
    lines("---", "rotation: Large cap → small caps", "start: 2025-10-29", "status: ongoing", "---"),
    lines(
      "#rotation",
      "| Flow | Detail |",
      "|---|---|",
      "| Out of | Mag 7 |",
      "| Into | Defense |",
      "**Timing:** Started late December 2025",
    ),
    lines("## Rotation 1: Mag 7 → everything else (January 2026)", "| Out of | Into |", "|---|---|", "| Mag 7 | Small caps |"),
    table("| 2016 | Growth → Value | Tech, bonds | Industrials | 6 months |", "| sometime | Risk-off | Everything | Cash | a while |"),
    table("| 2015-2016 | Growth → Value | Tech | Banks | 2 years |", "| 2023 | Growth → Value | Tech | Energy | 3 months |"),
    table("| 2021 | Growth → Value | Tech | Energy | Ongoing |"),
    table("| someday | Growth → Value | Tech | Energy | |"),
    // One day, touching the last day of the 2016 rows: touching periods are one episode.
    table("| 2016-12-31 | Growth → Value | Tech | Energy | |"),
  ];
  const PATHS = ["A.md", "B.md", "Sub/C.md", "Sub/D.md"];
  const op = fc.oneof(
    fc.record({
      kind: fc.constant("update" as const),
      path: fc.constantFrom(...PATHS),
      text: fc.constantFrom(...TEXTS),
      list: fc.boolean(),
    }),
    fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...PATHS), list: fc.boolean() }),
    fc.record({
      kind: fc.constant("rename" as const),
      path: fc.constantFrom(...PATHS),
      to: fc.constantFrom(...PATHS),
      text: fc.constantFrom(...TEXTS),
      list: fc.boolean(),
    }),
  );

  it("gives the same episodes after any sequence of edits as reading the final notes at once", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const index = new EpisodeIndex();
        const vault = new Map<string, string>();
        for (const o of ops) {
          if (o.kind === "update") {
            index.update(parseNote(o.path, o.text), o.text);
            vault.set(o.path, o.text);
          } else if (o.kind === "remove") {
            index.remove(o.path);
            vault.delete(o.path);
          } else {
            // As the plugin and the CLI do it: the old path goes, the new one is read.
            index.remove(o.path);
            index.update(o.to, o.text);
            vault.delete(o.path);
            vault.set(o.to, o.text);
          }
          // Lists read between edits, or several edits waiting for the next list.
          if (o.list) index.episodes(AS_OF);
        }
        const candidates = [...vault].flatMap(([p, t]) => extractEpisodes(parseNote(p, t), t).candidates);
        expect(index.episodes(AS_OF)).toEqual(assembleEpisodes(candidates, AS_OF));
      }),
      { seed: 11, numRuns: 400 },
    );
  });
});
