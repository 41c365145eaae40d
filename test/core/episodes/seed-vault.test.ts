import { episodeMetrics } from "../../../src/core/metrics/episodeMetrics";
import { describeSeed, SEED_VAULT } from "../../helpers/paths";
import { indexFolder } from "../../helpers/loadVault";

describeSeed("episodes of the seed vault, as of 2026-03-01", () => {
  const { index, texts } = indexFolder(SEED_VAULT);
  const episodes = index.episodes("2026-03-01");
  const fromTable = episodes.filter((e) => e.sources.some((s) => s.heading === "Historical rotations"));
  const byPeriod = (p: string, rotation?: string) => fromTable.find((e) => e.period === p && (!rotation || e.rotation === rotation))!;

  it("reads the eight rows of Historical rotations as eight episodes", () => {
    expect(fromTable.map((e) => e.period)).toEqual(["2026", "2026", "2022", "2020-21", "2018 Q4", "2016", "2000-02", "1973-74"]);
  });

  it("gives each the right period, duration and type", () => {
    expect(byPeriod("1973-74")).toMatchObject({ start: "1973-01-01", end: "1974-12-31", durationMonths: 24, type: "growth-to-value" });
    expect(byPeriod("2000-02")).toMatchObject({ start: "2000-01-01", end: "2002-12-31", durationMonths: 24, durationBound: "atLeast", type: "growth-to-value" });
    expect(byPeriod("2018 Q4")).toMatchObject({ start: "2018-10-01", end: "2018-12-31", durationMonths: 3, type: "risk-off" });
    expect(byPeriod("2020-21")).toMatchObject({ durationMonths: 18, type: "value-to-growth" });
    expect(byPeriod("2022")).toMatchObject({ durationMonths: 12, type: "growth-to-value", ongoing: false });
    for (const r of ["Software → Energy", "Large → Small"]) {
      expect(byPeriod("2026", r)).toMatchObject({ ongoing: true, end: null, durationBound: "atLeast" });
      expect(byPeriod("2026", r).durationMonths).toBe(2);
    }
  });

  it("takes divergence from captions, computes it from legs, and reads the comparison tables", () => {
    expect(byPeriod("2022")).toMatchObject({ divergencePp: 85, divergenceSource: "stated" });
    expect(byPeriod("2000-02")).toMatchObject({ divergencePp: 70, divergenceSource: "stated" });
    expect(byPeriod("2020-21")).toMatchObject({ divergencePp: 45, divergenceSource: "computed" });
    expect(byPeriod("2026", "Software → Energy").divergencePp).toBe(43);
    expect(byPeriod("2026", "Large → Small").divergencePp).toBe(12);
    expect(byPeriod("2022").legs.map((l) => [l.ticker, l.change])).toEqual([["XLE", 55], ["QQQ", -30]]);
  });

  it("finds the flow note and the Rotation 1 section, each starting in late 2025", () => {
    const flowNote = episodes.find((e) => e.sources[0].path === "Sector Rotation January 2026.md")!;
    expect(flowNote).toMatchObject({ start: "2025-12-21", ongoing: true });
    expect(flowNote.sellSide).toContain("Mag 7");
    const section = episodes.find((e) => e.sources[0].heading?.startsWith("Rotation 1"))!;
    expect(section).toMatchObject({ start: "2025-10-29", rotation: "Mag 7 → everything else", type: "large-to-small", ongoing: true });
    expect(section.fieldSources.start?.line).toBe(77);
  });

  it("points every source and field at a line that says what was read", () => {
    for (const e of episodes) {
      const lines = texts.get(e.sources[0].path)!.split("\n");
      for (const [field, src] of Object.entries(e.fieldSources)) {
        const line = texts.get(src.path)!.split("\n")[src.line - 1];
        expect([field, line.length > 0]).toEqual([field, true]);
      }
      const first = lines[e.sources[0].line - 1];
      expect(first.includes(e.period ?? "") || first.includes(e.rotation.split(" → ")[0]) || first.includes("Flow") || first.startsWith("|")).toBe(true);
    }
    const d2022 = byPeriod("2022").fieldSources.divergence!;
    expect(texts.get(d2022.path)!.split("\n")[d2022.line - 1]).toContain("~85pp divergence");
  });

  it("surfaces energy as the buy side of 2000-02, 2022 and 2026", () => {
    const m = episodeMetrics(episodes);
    const energy = m.buySide.find((s) => s.sector === "energy")!;
    expect(energy.episodes).toEqual(expect.arrayContaining(["2026", "2022", "2000-02"]));
    expect(m.buySide.slice(0, 3).map((s) => s.sector)).toContain("energy");
    expect(m.ongoing.length).toBe(4);
    expect(m.byType.find((t) => t.type === "growth-to-value")).toMatchObject({ minMonths: 6, maxMonths: 24 });
  });
});
