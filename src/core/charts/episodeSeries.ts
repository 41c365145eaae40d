/** Charts of the vault's episodes: a timeline of periods, divergences, durations, and the buy/sell leaderboard. */
import type { Episode } from "../episodes/types";
import { filterEpisodes } from "../episodes/filterEpisodes";
import { episodeMetrics } from "../metrics/episodeMetrics";
import type { ChartDataResult } from "./chartData";
import type { EpisodeChartSpec } from "./chartSpec";
import { timelineChart } from "./timelineSeries";

/** `asOf`: the date ongoing episodes run to on the timeline. */
export function episodeSeries(all: Episode[], spec: EpisodeChartSpec, asOf: string): ChartDataResult {
  const episodes = filterEpisodes(all, spec.filter).reverse();
  if (episodes.length === 0)
    return { ok: false, error: all.length === 0 ? "No rotation episodes found in the vault yet." : "No episode matches the filters." };
  const base = { title: spec.title, stacked: false, sourceNote: "episodes", sourceLine: null };
  switch (spec.type) {
    case "timeline":
      return { ok: true, chart: timelineChart(episodes, base, asOf, spec.filter.since === null) };
    case "divergence":
      return withValues(
        episodes,
        (e) => e.divergencePp,
        "Divergence",
        "pp",
        { ...base, title: base.title ?? "Divergence by episode (pp)" },
        "No episode states or implies a divergence.",
      );
    case "duration":
      return withValues(
        episodes,
        (e) => e.durationMonths,
        "Duration",
        "months",
        { ...base, title: base.title ?? "Duration by episode (months)" },
        "No episode has a known duration.",
      );
    case "leaderboard": {
      const m = episodeMetrics(episodes);
      const sectors = [...new Set([...m.buySide, ...m.sellSide].map((s) => s.sector))].slice(0, 15);
      const count = (list: typeof m.buySide, s: string): number => list.find((x) => x.sector === s)?.count ?? 0;
      return {
        ok: true,
        chart: {
          ...base,
          title: base.title ?? "Most often bought and sold",
          axes: { label: "Sector", value: "Episodes (sold to the left, bought to the right)" },
          labels: sectors,
          horizontal: true,
          unit: null,
          series: [
            { label: "Buy side", kind: "bar", values: sectors.map((s) => count(m.buySide, s)) },
            { label: "Sell side", kind: "bar", values: sectors.map((s) => -count(m.sellSide, s)) },
          ],
        },
      };
    }
  }
}

function withValues(
  episodes: Episode[],
  get: (e: Episode) => number | null,
  label: string,
  unit: string,
  base: { title: string | null; stacked: boolean; sourceNote: string; sourceLine: null },
  empty: string,
): ChartDataResult {
  const kept = episodes.filter((e) => get(e) !== null);
  if (kept.length === 0) return { ok: false, error: empty };
  const axes = { label: "Episode", value: `${label} (${unit})` };
  return {
    ok: true,
    chart: {
      ...base,
      axes,
      labels: kept.map((e) => e.label),
      horizontal: false,
      unit,
      series: [{ label, kind: "bar", values: kept.map(get) }],
    },
  };
}
