/**
 * Charts of the example vault's episodes read at a glance: ongoing rotations open-ended to the as-of date, a recent
 * window, titles and axis titles.
 */
import { readChartSpec, type EpisodeChartSpec, type TableChartSpec } from "../../../src/core/charts/chartSpec";
import { episodeSeries } from "../../../src/core/charts/episodeSeries";
import { tableSeries } from "../../../src/core/charts/tableSeries";
import { yearOf } from "../../../src/core/dates/yearOf";
import type { ChartData } from "../../../src/core/charts/chartData";
import { parseNote } from "../../../src/core/parse/parseNote";
import { chartConfig } from "../../../src/plugin/blocks/chartRenderer";
import { EXAMPLE_VAULT } from "../../helpers/paths";
import { indexFolder } from "../../helpers/loadVault";

const AS_OF = "2026-03-01";
const episodes = indexFolder(EXAMPLE_VAULT).index.episodes(AS_OF);

function chart(yaml: Record<string, unknown>): ChartData {
  const spec = readChartSpec({ data: "episodes", ...yaml });
  if (!spec.ok) throw new Error(spec.error);
  const r = episodeSeries(episodes, spec.spec as EpisodeChartSpec, AS_OF);
  if (!r.ok) throw new Error(r.error);
  return r.chart;
}

describe("the timeline", () => {
  it("draws ongoing episodes open-ended to the as-of date, as their own outlined series beside the ended ones", () => {
    const c = chart({ type: "timeline", since: 1900 });
    expect(c.series.map((s) => [s.label, s.open ?? false])).toEqual([
      ["Ended", false],
      ["Ongoing, to 2026-03-01", true],
    ]);
    const ongoing = c.series[1].ranges!;
    c.labels.forEach((label, i) => {
      const e = episodes.find((x) => x.label === label)!;
      expect(ongoing[i] === null).toBe(!e.ongoing);
      if (e.ongoing) expect(ongoing[i]![1]).toBeCloseTo(yearOf(AS_OF), 6);
    });
    expect(c.series[1].ranges!.filter((r) => r !== null)).toHaveLength(episodes.filter((e) => e.ongoing).length);
  });

  it("shows the last ten years by default when most episodes are recent, and says what it leaves out", () => {
    const c = chart({ type: "timeline" });
    expect(c.valueRange![0]).toBe(2017);
    expect(c.labels.length).toBeLessThan(episodes.length);
    expect(c.note).toBe(`Since 2017: ${episodes.length - c.labels.length} older episodes are left out; since: 1973 shows every one.`);
    const all = chart({ type: "timeline", since: 1900 });
    expect(all.labels).toHaveLength(episodes.length);
    expect(all.note).toBeUndefined();
    expect(all.valueRange![0]).toBe(1970);
  });

  it("gives its bars a row each (no label skipped) and outlines the ongoing ones", () => {
    const config = chartConfig(chart({ type: "timeline" }), {
      colors: { accent: "#000", text: "#000", muted: "#888", grid: "#ccc", palette: ["#111", "#222"] },
      animation: false,
    });
    expect(config.options?.scales?.y?.ticks).toMatchObject({ autoSkip: false });
    expect(config.data.datasets[1]).toMatchObject({ backgroundColor: "transparent", borderWidth: 2, grouped: false });
    expect((config.options?.scales?.x as { title?: unknown } | undefined)?.title).toMatchObject({ display: true, text: "Year" });
  });
});

describe("every chart has a title and axis titles by default", () => {
  it("names the unit of durations and divergences on the value axis", () => {
    expect(chart({ type: "duration" })).toMatchObject({
      title: "Duration by episode (months)",
      axes: { label: "Episode", value: "Duration (months)" },
    });
    expect(chart({ type: "divergence" })).toMatchObject({ title: "Divergence by episode (pp)", axes: { value: "Divergence (pp)" } });
    expect(chart({ type: "leaderboard" }).axes?.value).toMatch(/^Episodes/);
    expect(chart({ type: "duration", title: "Mine" }).title).toBe("Mine");
  });

  it("titles a table chart from its columns", () => {
    const note = parseNote("Flows.md", "| Month | Flow |\n|---|---|\n| Jan | ~$38M |\n| Feb | ~$12M |\n");
    const spec = readChartSpec({ x: "Month", y: "Flow" });
    if (!spec.ok) throw new Error(spec.error);
    const r = tableSeries(note.tables[0], spec.spec as TableChartSpec, note.title);
    expect(r.ok && r.chart).toMatchObject({ title: "Flow by Month", axes: { label: "Month", value: "Flow ($)" } });
  });
});

describe("an episodes chart's type written without data: episodes", () => {
  it.each(["timeline", "Duration", "leaderboard"])("%s says to add data: episodes, the likeliest first mistake", (type) => {
    const withFilter = readChartSpec({ type, filter: { since: 2020 } });
    expect(withFilter).toEqual({
      ok: false,
      error: `type: ${type.toLowerCase()} charts the vault's episodes: add data: episodes to the block.`,
    });
  });

  it("leaves a table chart's own types to the table reader", () => {
    expect(readChartSpec({ type: "bar", source: "[[Note]]" }).ok).toBe(true);
    expect(readChartSpec({ type: "pie" })).toMatchObject({ ok: false, error: expect.stringMatching(/"pie" is not a chart type/) });
  });
});
