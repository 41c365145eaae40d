import { assembleEpisodes } from "../../helpers/assembleEpisodes";
import { extractEpisodes } from "../../../src/core/episodes/extractEpisodes";
import type { Episode } from "../../../src/core/episodes/types";
import { parseNote } from "../../../src/core/parse/parseNote";

const AS_OF = "2026-03-01";

function read(path: string, text: string): ReturnType<typeof extractEpisodes> {
  return extractEpisodes(parseNote(path, text), text);
}

function episodesOf(notes: Record<string, string>, asOf = AS_OF): Episode[] {
  return assembleEpisodes(
    Object.entries(notes).flatMap(([p, t]) => read(p, t).candidates),
    asOf,
  );
}

const lines = (...l: string[]): string => `${l.join("\n")}\n`;

describe("episode tables", () => {
  it("read any column order and synonym, with or without outer pipes, bold or not", () => {
    const text = lines(
      "# Log",
      "",
      "Driver | **When** | Sold | Bought | Length | Type",
      "--- | --- | --- | --- | --- | ---",
      "Rate cuts | **Sep 2019 – Feb 2020** | Utilities, staples | Tech, semis | 5 months | Defensive → Growth",
      "",
      "| Catalyst | Year | From | To |",
      "|---|---|---|---|",
      "| Dollar slide | 2017 | US large caps | EM, [[Europe]] |",
    );
    const [a, b] = episodesOf({ "Log.md": text });
    expect(a).toMatchObject({
      start: "2019-09-01",
      end: "2020-02-29",
      durationMonths: 5,
      trigger: "Rate cuts",
      sellSide: ["Utilities", "staples"],
      rotation: "Defensive → Growth",
    });
    expect(a.sources).toEqual([{ path: "Log.md", line: 5, heading: "Log" }]);
    expect(b).toMatchObject({
      start: "2017-01-01",
      from: "US large caps",
      to: "EM, Europe",
      type: "domestic-to-international",
      links: ["Europe"],
      durationMonths: 12,
    });
  });

  it("leave alone the seed's taxonomy table, its Date | Event table and its scenario table", () => {
    const text = lines(
      "| Rotation type | Trigger | Flow direction |",
      "|---|---|---|",
      "| **Growth → Value** | Late cycle | Tech → financials |",
      "",
      "| Date | Event |",
      "|---|---|",
      "| **Oct 29, 2025** | Record high — rotation begins |",
      "",
      "| Scenario | Software → Energy | Large → Small |",
      "|---|---|---|",
      "| Rate cuts | **Neutral** | **Accelerates** |",
      "",
      "| Stock | Move | Catalyst |",
      "|---|---|---|",
      "| [[Deere]] | +10% | Strong earnings |",
    );
    expect(read("Concept.md", text)).toEqual({ candidates: [], problems: [] });
  });

  it("report a period or a duration they cannot read, and still keep the row", () => {
    const text = lines(
      "| Period | Rotation | Sell side | Buy side | Duration |",
      "|---|---|---|---|---|",
      "| sometime | Growth → Value | Tech | Energy | a while |",
    );
    const { candidates, problems } = read("Odd.md", text);
    expect(candidates).toHaveLength(1);
    expect(problems).toEqual([
      { line: 3, message: 'period "sometime" is not a date or range Rotation Lens can read' },
      { line: 3, message: 'duration "a while" is not a length Rotation Lens can read' },
    ]);
  });
});

describe("episode notes", () => {
  const note = lines(
    "---",
    "rotation: Cyclical → Defensive",
    "start: 2026-02-02",
    "trigger: Slowing orders",
    "sell: [XLI, XLB]",
    'buy: [XLU, "[[Walmart|WMT]]"]',
    'legs: ["XLU +6%", "XLI -4%"]',
    "status: ongoing",
    "---",
    "# Defensive turn",
  );

  it("are one episode whose every field points at its property's line", () => {
    const [e] = episodesOf({ "Turn.md": note });
    expect(e).toMatchObject({
      start: "2026-02-02",
      ongoing: true,
      end: null,
      buySide: ["XLU", "WMT"],
      links: ["Walmart"],
      divergencePp: 10,
      divergenceSource: "computed",
    });
    expect(e.durationMonths).toBeCloseTo(0.96, 2);
    const at = Object.fromEntries(Object.entries(e.fieldSources).map(([k, s]) => [k, s.line]));
    expect(at).toEqual({ rotation: 2, period: 3, start: 3, trigger: 4, sellSide: 5, buySide: 6, legs: 7, divergence: 7, status: 8 });
  });

  it("end when they say so, and report what they cannot read", () => {
    const text = lines(
      "---",
      "rotation: Growth → Value",
      "start: soon",
      "end: 2022-12",
      "status: paused",
      'legs: ["energy did well"]',
      "---",
    );
    const { candidates, problems } = read("Bad.md", text);
    expect(candidates[0]).toMatchObject({ start: null, end: "2022-12-31", ongoing: false });
    expect(problems.map((p) => p.line)).toEqual([3, 5, 6]);
  });

  it("read a comma-separated side and a duration, and are not ongoing once the duration is known", () => {
    const text = lines(
      "---",
      "rotation: Large → Small",
      "start: 2016-11",
      "duration: 6 months",
      "sell: Mega-cap, [[Nasdaq]]",
      "buy: Small caps",
      "---",
    );
    const [e] = episodesOf({ "Size.md": text });
    expect(e).toMatchObject({
      start: "2016-11-01",
      ongoing: false,
      durationMonths: 6,
      sellSide: ["Mega-cap", "Nasdaq"],
      links: ["Nasdaq"],
      type: "large-to-small",
    });
  });
});

describe("flows", () => {
  it("come from a note tagged #rotation with a Flow | Detail table, dated by its Timing line and named by its title", () => {
    const text = lines(
      "#markets #rotation",
      "",
      "# Sector Rotation January 2026",
      "",
      "| Flow | Detail |",
      "|---|---|",
      "| **Out of** | Mag 7, high-growth tech |",
      "| **Into** | [[Defense]], small caps |",
      "",
      "**Timing:** Started late December 2025, accelerated in January.",
    );
    const [e] = episodesOf({ "Sector Rotation January 2026.md": text });
    expect(e).toMatchObject({
      start: "2025-12-21",
      period: "late December 2025",
      ongoing: true,
      label: "late December 2025: Sector Rotation January 2026",
      links: ["Defense"],
    });
    expect(e.fieldSources).toMatchObject({ start: { line: 10 }, sellSide: { line: 7 }, buySide: { line: 8 } });
    expect(e.sources[0].line).toBe(7);
  });

  it("fall back on the title's month, and end when the properties say so", () => {
    const text = lines("---", "tags: [rotation]", "status: ended", "---", "| Out of | Into |", "|---|---|", "| Tech | Energy |");
    const [e] = episodesOf({ "Rotation March 2024.md": text });
    expect(e).toMatchObject({ start: "2024-03-01", period: "March 2024", ongoing: false });
    expect(e.fieldSources.status?.line).toBe(3);
  });

  it("come from a section whose heading names a rotation, dated by the Date | Event row where it begins", () => {
    const text = lines(
      "# Notes",
      "## Rotation 2: Small → Large (March 2025)",
      "### Flows",
      "| Out of | Into |",
      "|---|---|",
      "| Small caps | Mega-cap quality |",
      "### Timing",
      "| Date | Event |",
      "|---|---|",
      "| Mar 3 | Rotation begins as spreads widen |",
      "## Other",
      "| Out of | Into |",
      "|---|---|",
      "| Bonds | Cash |",
    );
    const episodes = episodesOf({ "Size.md": text });
    // The second table is in no rotation section and the note is not tagged: not a flow.
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({ rotation: "Small → Large", start: "2025-03-03", type: "small-to-large", ongoing: true });
    expect(episodes[0].fieldSources.start?.line).toBe(10);
  });

  it("report a flow with no date at all", () => {
    const { problems } = read("Undated.md", lines("#rotation", "| Out of | Into |", "|---|---|", "| Tech | Energy |"));
    expect(problems).toEqual([{ line: 4, message: expect.stringContaining("no date") }]);
  });
});

describe("enrichment within a note", () => {
  const table = lines(
    "## Historical rotations",
    "| Period | Rotation | Sell side | Buy side | Duration |",
    "|---|---|---|---|---|",
    "| 2026 | Software → Energy | SaaS | Energy | Ongoing |",
    "| 2026 | Large → Small | Mag 7 | Russell 2000 | Ongoing |",
    "| 2020-21 | Value → Growth | Cyclicals | Stay-at-home tech | 18 months |",
  );

  it("takes legs and a computed divergence from a period heading's caption, buy leg minus sell leg", () => {
    const text = table + lines("### 2020-21: COVID growth trade", "![[covid.png]]", "*QQQ vs XLE. QQQ +80%, XLE +35% over the period.*");
    const e = episodesOf({ "R.md": text }).find((x) => x.period === "2020-21")!;
    expect(e).toMatchObject({ divergencePp: 45, divergenceSource: "computed" });
    expect(e.fieldSources.legs?.line).toBe(9);
  });

  it("gives a caption to the one episode of its period its words point to, and to none when they point nowhere", () => {
    const named =
      table + lines("### 2026: software sell-off", "![[a.png]]", "*IGV -25%, XLE +18% — ~43pp divergence. Energy gains as SaaS sells.*");
    const found = episodesOf({ "R.md": named }).filter((x) => x.period === "2026");
    expect(found.map((x) => [x.rotation, x.divergencePp])).toEqual([
      ["Software → Energy", 43],
      ["Large → Small", null],
    ]);
    const vague = table + lines("### 2026: this year", "![[a.png]]", "*A chart. ~50pp divergence.*");
    expect(episodesOf({ "R.md": vague }).filter((x) => x.divergencePp !== null)).toEqual([]);
  });

  it("reads rotation columns and the divergence table that follows them, column by column", () => {
    const text =
      table +
      lines(
        "",
        "| | Software → Energy | Large → Small |",
        "|---|---|---|",
        "| **Driver** | Peak oil repricing | Earnings broadening |",
        "| **Expression** | XLE vs IGV | IWM vs QQQ |",
        "| **Tracking note** | [[Energy basket]] | [[Small caps 2026]] |",
        "",
        "| | IWM vs QQQ (~12pp) | XLE vs IGV (~43pp) |",
        "|---|---|---|",
      );
    const [se, ls] = episodesOf({ "R.md": text }).filter((x) => x.period === "2026");
    expect(se).toMatchObject({ rotation: "Software → Energy", divergencePp: 43, trigger: "Peak oil repricing", links: ["Energy basket"] });
    expect(ls).toMatchObject({ rotation: "Large → Small", divergencePp: 12, trigger: "Earnings broadening" });
    expect(se.fieldSources.divergence?.line).toBe(14);
  });
});

describe("merging across notes", () => {
  const row = lines(
    "| Period | Rotation | Trigger | Sell side | Buy side | Duration |",
    "|---|---|---|---|---|---|",
    "| 2022 | Growth → Value | Fed hiking | Unprofitable tech | Energy, financials | Full year |",
  );
  const note = lines("---", "rotation: growth to value", "period: 2022", "sell: [QQQ]", 'legs: ["XLE +55%", "QQQ -30%"]', "---");

  it("makes one episode of the same rotation and period, each field from the most deliberate source that has it", () => {
    const [e, ...rest] = episodesOf({ "Table.md": row, "Episodes/Energy 2022.md": note });
    expect(rest).toEqual([]);
    expect(e.sources.map((s) => s.path)).toEqual(["Episodes/Energy 2022.md", "Table.md"]);
    expect(e).toMatchObject({
      sellSide: ["QQQ"],
      buySide: ["Energy", "financials"],
      trigger: "Fed hiking",
      divergencePp: 85,
      durationMonths: 12,
    });
    expect(e.fieldSources.sellSide?.path).toBe("Episodes/Energy 2022.md");
    expect(e.fieldSources.trigger?.path).toBe("Table.md");
  });

  it("keeps apart the same rotation in years that do not overlap, and meets across spellings of size", () => {
    const other = lines(
      "| Period | Rotation | Sell side | Buy side |",
      "|---|---|---|---|",
      "| 2016 | Growth → Value | Tech | Industrials |",
      "| 2016 | Large cap → small caps | Mega-cap | Russell 2000 |",
    );
    const size = lines("---", "rotation: Large → Small", "start: 2016-11-09", "end: 2016-12-31", "---");
    const episodes = episodesOf({ "Table.md": row, "Other.md": other, "Size.md": size });
    expect(episodes.map((e) => `${e.start} ${e.rotation} ${e.sources.length}`)).toEqual([
      "2022-01-01 Growth → Value 1",
      "2016-11-09 Large → Small 2",
      "2016-01-01 Growth → Value 1",
    ]);
  });

  it("lets an undated mention join the one dated episode of its rotation", () => {
    const undated = lines("---", "rotation: Growth → Value", "trigger: Rates up", "---");
    const [e, ...rest] = episodesOf({ "Table.md": row, "Idea.md": undated });
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ start: "2022-01-01", trigger: "Rates up" });
  });

  it("never ages an ongoing episode below zero", () => {
    const [e] = episodesOf({ "N.md": lines("---", "rotation: Value → Growth", "start: 2026-06-01", "---") });
    expect(e).toMatchObject({ ongoing: true, durationMonths: 0 });
  });
});

describe("the index note's own region", () => {
  it("is never read back as a source", () => {
    const text = lines(
      "# Historical rotations",
      "%% rotation-lens:begin %%",
      "| Period | Rotation | Sell side | Buy side |",
      "|---|---|---|---|",
      "| 2022 | Growth → Value | Tech | Energy |",
      "%% rotation-lens:end %%",
      "| Period | Rotation | Sell side | Buy side |",
      "|---|---|---|---|",
      "| 2016 | Growth → Value | Tech | Industrials |",
    );
    expect(read("Historical rotations.md", text).candidates.map((c) => c.period)).toEqual(["2016"]);
  });
});

describe("captions of tables", () => {
  it("are read directly under a table or after one blank line", () => {
    const text = "| Period | Rotation |\n|---|---|\n| 2022 | Growth → Value |\n\n*XLE +55%, QQQ -30% — ~85pp divergence*\n";
    const note = parseNote("C.md", text);
    expect(note.tables[0]).toMatchObject({ caption: "XLE +55%, QQQ -30% — ~85pp divergence", captionLine: 5 });
    expect(note.captions.map((c) => c.line)).toEqual([5]);
  });
});
