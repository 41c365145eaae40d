/** Metrics over the vault's episodes: counts and durations by type, the sectors most often bought and sold, and what is ongoing. */
import type { Episode } from "../episodes/types";
import type { RotationType } from "../taxonomy/classifyRotation";
import { defaultTaxonomy, findTerms, type Taxonomy } from "../taxonomy/taxonomy";

export interface TypeStats {
  type: RotationType;
  count: number;
  /** Over episodes with a known length (ongoing ones excluded). */
  medianMonths: number | null;
  minMonths: number | null;
  maxMonths: number | null;
}

export interface SectorCount {
  sector: string;
  count: number;
  /** Periods (or labels) of the episodes that name it, newest first. */
  episodes: string[];
}

export interface EpisodeMetrics {
  total: number;
  byType: TypeStats[];
  buySide: SectorCount[];
  sellSide: SectorCount[];
  ongoing: { id: string; label: string; ageMonths: number | null }[];
}

/** Tickers counted under the sector they stand for, so "Energy" and "XLE" are one line of the leaderboard. */
const TICKER_SECTOR: Record<string, string> = {
  XLE: "energy", XLF: "financials", XLI: "industrials", XLU: "utilities", XLP: "staples", XLV: "healthcare", XLB: "materials",
  XLK: "tech", IGV: "software", QQQ: "nasdaq", IWM: "russell 2000", SPY: "s&p 500", XLY: "consumer discretionary", XLC: "communication services",
  XLRE: "real estate", TLT: "treasuries", SMH: "semis", XMAG: "s&p 493", RSP: "equal weight", EEM: "em", EFA: "international",
};
const SYNONYM: Record<string, string> = { "consumer staples": "staples", "large cap energy": "energy", oil: "energy", saas: "software", "health care": "healthcare", "small cap": "small caps", "small-cap": "small caps", "mega cap": "mega-cap" };

export function episodeMetrics(episodes: Episode[], taxonomy: Taxonomy = defaultTaxonomy): EpisodeMetrics {
  return {
    total: episodes.length,
    byType: typeStats(episodes),
    buySide: leaderboard(episodes, (e) => e.buySide, taxonomy),
    sellSide: leaderboard(episodes, (e) => e.sellSide, taxonomy),
    ongoing: episodes.filter((e) => e.ongoing).map((e) => ({ id: e.id, label: e.label, ageMonths: e.durationMonths })),
  };
}

function typeStats(episodes: Episode[]): TypeStats[] {
  const by = new Map<RotationType, Episode[]>();
  for (const e of episodes) by.set(e.type, [...(by.get(e.type) ?? []), e]);
  const stats: TypeStats[] = [];
  for (const [type, list] of by) {
    const months = list.filter((e) => !e.ongoing && e.durationMonths !== null).map((e) => e.durationMonths as number).sort((a, b) => a - b);
    stats.push({ type, count: list.length, medianMonths: median(months), minMonths: months[0] ?? null, maxMonths: months.length ? months[months.length - 1] : null });
  }
  return stats.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

function leaderboard(episodes: Episode[], side: (e: Episode) => string[], taxonomy: Taxonomy): SectorCount[] {
  const counts = new Map<string, SectorCount>();
  for (const e of episodes) {
    const sectors = new Set(findTerms(side(e).join(", "), taxonomy).map((h) => canonical(h.term)));
    for (const s of sectors) {
      const entry = counts.get(s) ?? { sector: s, count: 0, episodes: [] };
      entry.count++;
      entry.episodes.push(e.period ?? e.label);
      counts.set(s, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector));
}

function canonical(term: string): string {
  const t = TICKER_SECTOR[term] ?? term.toLowerCase();
  return SYNONYM[t] ?? t;
}

export function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : Math.round(((sorted[m - 1] + sorted[m]) / 2) * 100) / 100;
}
