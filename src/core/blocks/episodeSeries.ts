/** Charts of the vault's episodes: a timeline of periods, divergences, durations, and the buy/sell leaderboard. */
import type { Episode } from "../episodes/types";
import { episodeMetrics } from "../metrics/episodeMetrics";
import type { ChartDataResult } from "./chartData";
import type { EpisodeChartSpec } from "./chartSpec";

export function episodeSeries(all: Episode[], spec: EpisodeChartSpec): ChartDataResult {
  const episodes = filterEpisodes(all, spec).reverse();
  if (episodes.length === 0) return { ok: false, error: all.length === 0 ? "No rotation episodes found in the vault yet." : "No episode matches the filters." };
  const base = { title: spec.title, stacked: false, sourceNote: "episodes", sourceLine: null };
  const labels = episodes.map((e) => e.label);
  switch (spec.type) {
    case "timeline": {
      // An ongoing episode runs to the as-of date: its start plus its age.
      const ranges = episodes.map((e): [number, number] | null =>
        e.start ? [yearOf(e.start), e.end ? yearOf(e.end) : yearOf(e.start) + (e.durationMonths ?? 1) / 12] : null,
      );
      const ends = ranges.filter((r): r is [number, number] => r !== null).flat();
      const valueRange: [number, number] = [Math.floor(ends.reduce((a, b) => Math.min(a, b), Infinity) / 5) * 5, Math.ceil(ends.reduce((a, b) => Math.max(a, b), -Infinity))];
      return { ok: true, chart: { ...base, labels, horizontal: true, unit: "year", valueRange, series: [{ label: "Period", kind: "bar", values: ranges.map(() => null), ranges }] } };
    }
    case "divergence":
      return withValues(episodes, (e) => e.divergencePp, "Divergence", "pp", base, "No episode states or implies a divergence.");
    case "duration":
      return withValues(episodes, (e) => e.durationMonths, "Months", "months", base, "No episode has a known duration.");
    case "leaderboard": {
      const m = episodeMetrics(episodes);
      const sectors = [...new Set([...m.buySide, ...m.sellSide].map((s) => s.sector))].slice(0, 15);
      const count = (list: typeof m.buySide, s: string): number => list.find((x) => x.sector === s)?.count ?? 0;
      return {
        ok: true,
        chart: { ...base, labels: sectors, horizontal: true, unit: null, series: [
          { label: "Buy side", kind: "bar", values: sectors.map((s) => count(m.buySide, s)) },
          { label: "Sell side", kind: "bar", values: sectors.map((s) => -count(m.sellSide, s)) },
        ] },
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
  return { ok: true, chart: { ...base, labels: kept.map((e) => e.label), horizontal: false, unit, series: [{ label, kind: "bar", values: kept.map(get) }] } };
}

export function filterEpisodes(episodes: Episode[], spec: EpisodeChartSpec): Episode[] {
  const { type, since, ongoing } = spec.filter;
  return episodes.filter(
    (e) => (type === null || e.type === type.toLowerCase()) && (since === null || (e.end ?? "9999") >= since) && (ongoing === null || e.ongoing === ongoing),
  );
}

/** A date as a fractional year, so periods share one linear axis without a date adapter. */
function yearOf(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return d.getUTCFullYear() + (d.getTime() - start) / (365.25 * 86400000);
}
