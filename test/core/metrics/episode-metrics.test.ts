import { assembleEpisodes } from "../../helpers/assembleEpisodes";
import { extractEpisodes } from "../../../src/core/episodes/extractEpisodes";
import { episodeMetrics, median } from "../../../src/core/metrics/episodeMetrics";
import { sectorsIn } from "../../../src/core/metrics/sectorsIn";
import { parseNote } from "../../../src/core/parse/parseNote";
import { defaultTaxonomy } from "../../../src/core/taxonomy/taxonomy";
import { describeSeed, SEED_VAULT } from "../../helpers/paths";
import { indexFolder } from "../../helpers/loadVault";

const AS_OF = "2026-03-01";

/** The eight rows of the seed's Historical rotations table, with its facts (not its words). */
const HISTORY = [
  "| Period | Rotation | Trigger | Sell side | Buy side | Duration |",
  "|---|---|---|---|---|---|",
  "| **2026** | Software → Energy | AI disruption | SaaS, software (IGV -25%) | Energy (XLE +18%), old economy | Ongoing |",
  "| **2026** | Large → Small | Valuation gap | Mag 7, Nasdaq | Russell 2000 (+7% YTD) | Ongoing |",
  "| **2022** | Growth → Value | Fed hikes | Unprofitable tech | Energy, financials | Full year |",
  "| **2020-21** | Value → Growth | Zero rates | Cyclicals | Stay-at-home tech | 18 months |",
  "| **2018 Q4** | Risk-off | Fed fears | Everything | Treasuries, cash | 3 months |",
  "| **2016** | Growth → Value | Reflation | Tech, bonds | Industrials, financials | 6 months |",
  "| **2000-02** | Growth → Value | Dot-com bust | Tech, telecom | Energy, staples | 2+ years |",
  "| **1973-74** | Growth → Value | Nifty Fifty | Growth at any price | Value, commodities | 2 years |",
].join("\n");

const episodes = assembleEpisodes(extractEpisodes(parseNote("H.md", HISTORY), HISTORY).candidates, AS_OF);

describe("episode metrics", () => {
  const m = episodeMetrics(episodes);

  it("count episodes by type with median, shortest and longest known durations", () => {
    expect(m.total).toBe(8);
    expect(m.byType).toEqual([
      { type: "growth-to-value", count: 5, ongoing: 1, medianMonths: 18, minMonths: 6, maxMonths: 24 },
      { type: "large-to-small", count: 1, ongoing: 1, medianMonths: null, minMonths: null, maxMonths: null },
      { type: "risk-off", count: 1, ongoing: 0, medianMonths: 3, minMonths: 3, maxMonths: 3 },
      { type: "value-to-growth", count: 1, ongoing: 0, medianMonths: 18, minMonths: 18, maxMonths: 18 },
    ]);
  });

  it("put energy first on the buy side, seen in 2026, 2022 and 2000-02, and tech on the sell side", () => {
    expect(m.buySide[0]).toEqual({
      sector: "energy",
      count: 3,
      episodes: ["2026", "2022", "2000-02"],
      ids: ["2026-01-software-energy", "2022-01-growth-value", "2000-01-growth-value"],
    });
    // "Old economy" is a name of value in the lexicon, so value (2026, 2000-02) ties financials and is the more recent.
    expect(m.buySide[1]).toMatchObject({ sector: "value", count: 2 });
    // Nasdaq and QQQ are names of tech in the lexicon, so 2026 (Mag 7, Nasdaq) and 2022 (QQQ) count too.
    expect(m.sellSide[0]).toMatchObject({ sector: "tech", count: 4, episodes: ["2026", "2022", "2016", "2000-02"] });
  });

  it("list the ongoing episodes with their age", () => {
    expect(m.ongoing).toEqual([
      { id: "2026-01-software-energy", label: "2026: Software → Energy", start: "2026-01-01", ageMonths: 2 },
      { id: "2026-01-large-small", label: "2026: Large → Small", start: "2026-01-01", ageMonths: 2 },
    ]);
  });

  it("name a sector once however a side writes it", () => {
    expect(sectorsIn(["Energy (XLE +18%)", "old economy"], defaultTaxonomy)).toEqual(["energy", "value"]);
    expect(sectorsIn(["Consumer staples", "XLP", "[[Health care|healthcare]]"], defaultTaxonomy)).toEqual(["staples", "health care"]);
    expect(sectorsIn(["Magnificent 7", "QQQ", "Nasdaq 100"], defaultTaxonomy)).toEqual(["mega caps", "tech"]);
  });

  it("take the median of an even count as the mean of the middle two", () => {
    expect(median([6, 12, 24, 24])).toBe(18);
    expect(median([])).toBeNull();
    expect(episodeMetrics([])).toEqual({ total: 0, byType: [], buySide: [], sellSide: [], ongoing: [] });
  });
});

describeSeed("metrics of the seed vault", () => {
  const { index } = indexFolder(SEED_VAULT);
  // As the index note reads them: the episode list, with the index's taxonomy.
  const m = episodeMetrics(index.episodes(AS_OF), index.taxonomy);

  it("surface energy as a top buy-side beneficiary of 2000-02, 2022 and 2026", () => {
    const energy = m.buySide.find((s) => s.sector === "energy")!;
    expect(energy.episodes).toEqual(["2026", "2022", "2000-02"]);
    expect(m.buySide.slice(0, 3).map((s) => s.sector)).toContain("energy");
  });

  // Issue 13: the flow note (late December 2025) and the Rotation 1 section (Oct 29, 2025) are one rotation, counted once.
  // The February 2026 move into staples from the two clipped articles is a fourth.
  it("list four ongoing rotations, the oldest begun on Oct 29, 2025", () => {
    expect(m.ongoing.map((o) => [o.start, o.ageMonths])).toEqual([
      ["2026-02-05", 0.86],
      ["2026-01-01", 2],
      ["2026-01-01", 2],
      ["2025-10-29", 4.1],
    ]);
    expect(m.byType.find((t) => t.type === "growth-to-value")).toMatchObject({
      count: 5,
      ongoing: 1,
      medianMonths: 18,
      minMonths: 6,
      maxMonths: 24,
    });
  });
});
