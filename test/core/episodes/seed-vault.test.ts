import type { Episode, EpisodeField } from "../../../src/core/episodes/types";
import { episodeToJson } from "../../../src/core/episodes/episodeJson";
import { describeSeed, SEED_VAULT } from "../../helpers/paths";
import { indexFolder } from "../../helpers/loadVault";

const AS_OF = "2026-03-01";

/** "2016-09-01" → "Sep 2016", as a caption writes a window. */
function monthYear(iso: string | null | undefined): string | null {
  if (!iso) return null;
  return `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** Text one of which the line a field points to must contain, so "traceable to its source line" is checked, not assumed. */
function evidence(field: EpisodeField, e: Episode): string[] {
  const pp = e.divergencePp === null ? "" : `${e.divergencePp}pp`;
  const byField: Record<EpisodeField, (string | null | undefined)[]> = {
    period: [e.period],
    start: [e.period, e.start, e.start?.slice(0, 7), monthYear(e.start)],
    end: [e.period, e.end, e.end?.slice(0, 7), monthYear(e.end)],
    rotation: [e.rotation],
    trigger: [e.trigger],
    sellSide: [e.sellSide[0]],
    buySide: [e.buySide[0]],
    duration: [e.durationText],
    status: ["status:", e.durationText],
    legs: [e.legs[0]?.raw],
    divergence: e.divergenceSource === "stated" ? [pp] : [e.legs[0]?.raw],
  };
  return byField[field].filter((s): s is string => typeof s === "string" && s !== "");
}

describeSeed("episodes of the seed vault, as of 2026-03-01", () => {
  const { index, texts } = indexFolder(SEED_VAULT);
  const episodes = index.episodes(AS_OF);
  /** The line as a reader sees it: links shown by their alias, bold marks gone. */
  const lineOf = (path: string, line: number): string =>
    ((texts.get(path) ?? "").split(/\r?\n/)[line - 1] ?? "").replace(/\[\[([^\]|]*)\\?\|([^\]]*)\]\]/g, "$2").replace(/\*\*/g, "");
  const fromTable = episodes.filter((e) => e.sources.some((s) => s.heading === "Historical rotations"));
  const row = (p: string, rotation?: string): Episode => {
    const found = fromTable.filter((e) => e.period === p && (!rotation || e.rotation === rotation));
    expect(found).toHaveLength(1);
    return found[0];
  };

  it("reads the eight rows of Historical rotations as eight episodes, newest first", () => {
    expect(fromTable.map((e) => `${e.period} ${e.rotation}`)).toEqual([
      "2026 Software → Energy",
      "2026 Large → Small",
      "2022 Growth → Value",
      "2020-21 Value → Growth",
      "2018 Q4 Risk-off",
      "2016 Growth → Value",
      "2000-02 Growth → Value",
      "1973-74 Growth → Value",
    ]);
    expect(fromTable.every((e) => e.sources.length === 1 && e.sources[0].path === "Sector Rotation.md")).toBe(true);
  });

  it("gives each the right period, duration and type", () => {
    expect(row("1973-74")).toMatchObject({
      start: "1973-01-01",
      end: "1974-12-31",
      durationMonths: 24,
      type: "growth-to-value",
      ongoing: false,
    });
    expect(row("2000-02")).toMatchObject({
      start: "2000-01-01",
      end: "2002-12-31",
      durationMonths: 24,
      durationBound: "atLeast",
      type: "growth-to-value",
    });
    // Issue 13: a bare year is narrowed by the window its caption states ("Sep 2016 – May 2017").
    expect(row("2016")).toMatchObject({
      start: "2016-09-01",
      end: "2017-05-31",
      durationMonths: 6,
      type: "growth-to-value",
      trigger: "Trump election, reflation",
    });
    expect(row("2018 Q4")).toMatchObject({ start: "2018-10-01", end: "2018-12-31", durationMonths: 3, type: "risk-off" });
    // Issue 13: the caption's window (Mar 2020 – Nov 2021) narrows "2020-21"; without one, 18 months would end it in June 2021.
    expect(row("2020-21")).toMatchObject({ start: "2020-03-01", end: "2021-11-30", durationMonths: 18, type: "value-to-growth" });
    expect(row("2022")).toMatchObject({
      start: "2022-01-01",
      end: "2022-12-31",
      durationMonths: 12,
      durationText: "Full year",
      type: "growth-to-value",
      ongoing: false,
    });
    for (const r of ["Software → Energy", "Large → Small"]) {
      // Ongoing: aged from the period's start to the as-of date, not read from the word "Ongoing".
      expect(row("2026", r)).toMatchObject({ start: "2026-01-01", ongoing: true, end: null, durationMonths: 2, durationBound: "atLeast" });
    }
    expect(row("2026", "Software → Energy").type).toBe("growth-to-value");
    expect(row("2026", "Large → Small").type).toBe("large-to-small");
  });

  it("takes divergence from captions, computes it from legs, and reads the comparison tables", () => {
    expect(row("2022")).toMatchObject({ divergencePp: 85, divergenceSource: "stated" });
    expect(row("2022").legs.map((l) => [l.ticker, l.change])).toEqual([
      ["XLE", 55],
      ["QQQ", -30],
    ]);
    expect(row("2000-02")).toMatchObject({ divergencePp: 70, divergenceSource: "stated" });
    expect(row("2000-02").legs.map((l) => [l.ticker, l.change])).toEqual([
      ["QQQ", -70],
      ["XLE", 0],
    ]);
    expect(row("2020-21")).toMatchObject({ divergencePp: 45, divergenceSource: "computed" });
    expect(row("2026", "Software → Energy")).toMatchObject({ divergencePp: 43, divergenceSource: "stated" });
    expect(row("2026", "Large → Small")).toMatchObject({ divergencePp: 12, divergenceSource: "stated" });
    // The 2016 caption names no ticker's move, so there is nothing to compute from.
    expect(row("2016")).toMatchObject({ legs: [], divergencePp: null, divergenceSource: null });
  });

  // Issue 13: the flow note and the "Rotation 1" section tell one rotation (same sell group, buy sides that share groups, dates that meet).
  it("finds the flow note and the Rotation 1 section as one ongoing episode with both sources", () => {
    const merged = episodes.filter((e) => e.sources.some((s) => s.path === "Sector Rotation January 2026.md"));
    expect(merged).toHaveLength(1);
    expect(merged[0].sources.map((s) => s.path)).toEqual(["Sector Rotation.md", "Sector Rotation January 2026.md"]);
    // The earlier of the two starts wins; the other note's start and type stay visible as conflicts.
    expect(merged[0]).toMatchObject({
      start: "2025-10-29",
      rotation: "Mag 7 → everything else",
      type: "broadening",
      ongoing: true,
      durationMonths: 4.1,
    });
    expect(merged[0].conflicts).toEqual([
      { field: "start", value: "2025-12-21", source: expect.objectContaining({ path: "Sector Rotation January 2026.md" }) },
      { field: "type", value: "growth-to-value", source: expect.objectContaining({ path: "Sector Rotation January 2026.md" }) },
    ]);
    expect(merged[0].buySide).toEqual(expect.arrayContaining(["Defense", "small caps", "Value", "quality"]));
    expect(merged[0].links).toEqual(expect.arrayContaining(["Defense"]));
    expect(lineOf("Sector Rotation.md", merged[0].fieldSources.start!.line)).toContain("rotation begins");
    expect(episodes.filter((e) => e.sources.some((s) => s.heading?.startsWith("Rotation 1")))).toEqual(merged);
  });

  it("keeps the 2026 Large → Small row apart from that rotation", () => {
    const late2025 = episodes.filter((e) => e.start !== null && e.start >= "2025-10-01" && e.start <= "2025-12-31");
    expect(late2025.map((e) => e.sources.map((s) => s.path))).toEqual([["Sector Rotation.md", "Sector Rotation January 2026.md"]]);
    expect(episodes.filter((e) => e.ongoing)).toHaveLength(4);
    expect(episodes).toHaveLength(10);
  });

  it("finds the February 2026 move into staples that the two clipped articles tell, as one episode", () => {
    const staples = episodes.filter((e) => e.buySide.some((b) => /staples/i.test(b)) && e.start?.startsWith("2026-02"));
    expect(staples).toHaveLength(1);
    expect(new Set(staples[0].sources.map((s) => s.path)).size).toBe(2);
    expect(staples[0]).toMatchObject({ start: "2026-02-05", ongoing: true, type: "cyclical-to-defensive" });
    expect(staples[0].sellSide).toEqual(expect.arrayContaining([expect.stringMatching(/tech/i)]));
  });

  it("points every source and every field at a line that says what was read", () => {
    for (const e of episodes) {
      for (const s of e.sources) {
        const line = lineOf(s.path, s.line);
        // A note that tells only the bought side (a clipped article) says a buy-side item.
        const said = [e.period, e.rotation, e.sellSide[0], ...e.buySide].filter((x): x is string => Boolean(x));
        expect([e.id, s.line, said.some((x) => line.includes(x))]).toEqual([e.id, s.line, true]);
      }
      for (const [field, src] of Object.entries(e.fieldSources) as [EpisodeField, { path: string; line: number }][]) {
        const line = lineOf(src.path, src.line);
        expect([e.id, field, evidence(field, e).some((x) => line.includes(x))]).toEqual([e.id, field, true]);
      }
      for (const leg of e.legs) expect(lineOf(leg.source.path, leg.source.line)).toContain(leg.raw);
    }
    const d2022 = row("2022").fieldSources.divergence!;
    expect(lineOf(d2022.path, d2022.line)).toContain("~85pp divergence");
    const d43 = row("2026", "Software → Energy").fieldSources.divergence!;
    expect(lineOf(d43.path, d43.line)).toContain("XLE vs IGV (~43pp)");
  });

  it("lists the notes each episode links to", () => {
    expect(row("2026", "Software → Energy").links).toEqual(
      expect.arrayContaining(["Claude Cowork disruption February 2026", "AI workflow disruption basket"]),
    );
    expect(row("2026", "Large → Small").links).toEqual(["Small cap rotation 2026"]);
  });

  it("reports no episode problems on the seed's rotation notes", () => {
    const paths = new Set(index.problems().map((p) => p.path));
    expect(paths.has("Sector Rotation.md")).toBe(false);
    expect(paths.has("Sector Rotation January 2026.md")).toBe(false);
  });

  it("gives the JSON shape the CLI prints", () => {
    const j = episodeToJson(row("2022"));
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining([
        "id",
        "label",
        "period",
        "start",
        "end",
        "ongoing",
        "durationMonths",
        "rotation",
        "from",
        "to",
        "type",
        "typeReason",
        "trigger",
        "sellSide",
        "buySide",
        "legs",
        "divergencePp",
        "links",
        "sources",
      ]),
    );
    expect(j).toMatchObject({
      id: "2022-01-growth-value",
      divergencePp: 85,
      sources: [{ path: "Sector Rotation.md", line: 256, heading: "Historical rotations" }],
    });
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});
