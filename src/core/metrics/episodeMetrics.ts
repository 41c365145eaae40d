/** Metrics over the vault's episodes: counts and durations by type, the sectors most often bought and sold, and what is ongoing. */
import type { Episode } from "../episodes/types";
import type { RotationType } from "../taxonomy/classifyRotation";
import { defaultTaxonomy, type Taxonomy } from "../taxonomy/taxonomy";
import { sectorsIn } from "./sectorsIn";

export interface TypeStats {
  type: RotationType;
  count: number;
  ongoing: number;
  /** Over episodes with a known length (ongoing ones excluded: their length is not known yet). */
  medianMonths: number | null;
  minMonths: number | null;
  maxMonths: number | null;
}

export interface SectorCount {
  sector: string;
  count: number;
  /** Periods (or labels) of the episodes that name it, newest first. */
  episodes: string[];
  ids: string[];
}

export interface OngoingEpisode {
  id: string;
  label: string;
  start: string | null;
  ageMonths: number | null;
}

export interface EpisodeMetrics {
  total: number;
  byType: TypeStats[];
  buySide: SectorCount[];
  sellSide: SectorCount[];
  ongoing: OngoingEpisode[];
}

/** `episodes` as the episode index returns them (newest first, ongoing ones aged to the as-of date). */
export function episodeMetrics(episodes: Episode[], taxonomy: Taxonomy = defaultTaxonomy): EpisodeMetrics {
  return {
    total: episodes.length,
    byType: typeStats(episodes),
    buySide: leaderboard(episodes, (e) => e.buySide, taxonomy),
    sellSide: leaderboard(episodes, (e) => e.sellSide, taxonomy),
    ongoing: episodes.filter((e) => e.ongoing).map((e) => ({ id: e.id, label: e.label, start: e.start, ageMonths: e.durationMonths })),
  };
}

function typeStats(episodes: Episode[]): TypeStats[] {
  const by = new Map<RotationType, Episode[]>();
  for (const e of episodes) by.set(e.type, [...(by.get(e.type) ?? []), e]);
  const stats: TypeStats[] = [];
  for (const [type, list] of by) {
    const months = list
      .filter((e) => !e.ongoing && e.durationMonths !== null)
      .map((e) => e.durationMonths as number)
      .sort((a, b) => a - b);
    stats.push({
      type,
      count: list.length,
      ongoing: list.filter((e) => e.ongoing).length,
      medianMonths: median(months),
      minMonths: months[0] ?? null,
      maxMonths: months.length ? months[months.length - 1] : null,
    });
  }
  return stats.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** Most often first; ties go to the sector seen most recently, then by name. */
function leaderboard(episodes: Episode[], side: (e: Episode) => string[], taxonomy: Taxonomy): SectorCount[] {
  const counts = new Map<string, SectorCount & { latest: string }>();
  for (const e of episodes) {
    for (const s of sectorsIn(side(e), taxonomy)) {
      const entry = counts.get(s) ?? { sector: s, count: 0, episodes: [], ids: [], latest: "" };
      entry.count++;
      entry.episodes.push(e.period ?? e.label);
      entry.ids.push(e.id);
      if ((e.start ?? "") > entry.latest) entry.latest = e.start ?? "";
      counts.set(s, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || b.latest.localeCompare(a.latest) || a.sector.localeCompare(b.sector))
    .map(({ sector, count, episodes: list, ids }) => ({ sector, count, episodes: list, ids }));
}

export function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : Math.round(((sorted[m - 1] + sorted[m]) / 2) * 100) / 100;
}
