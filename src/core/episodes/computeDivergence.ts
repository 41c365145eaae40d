/** Divergence computed from legs when no note states it: the buy side's leg minus the sell side's, sides told apart by the taxonomy. */
import { findTerms, type Taxonomy } from "../taxonomy/taxonomy";
import type { Leg } from "./types";

/**
 * Each leg scores +1 per taxonomy group it shares with the buy side and -1 per group shared with
 * the sell side ("2020-21 Value → Growth": QQQ is growth, so it is the buy leg). Null when the legs
 * cannot be told apart.
 */
export function computeDivergence(legs: Leg[], buyText: string, sellText: string, taxonomy: Taxonomy): number | null {
  if (legs.length < 2) return null;
  const groups = (t: string): Set<string> => new Set(findTerms(t, taxonomy).flatMap((h) => h.groups));
  const buy = groups(buyText);
  const sell = groups(sellText);
  const score = (leg: Leg): number => {
    const g = [...groups(leg.ticker)];
    return g.filter((x) => buy.has(x)).length - g.filter((x) => sell.has(x)).length;
  };
  const ranked = legs.map((leg) => ({ leg, score: score(leg) })).sort((a, b) => b.score - a.score);
  const top = ranked[0];
  const bottom = ranked[ranked.length - 1];
  if (top.score <= bottom.score || (ranked.length > 2 && top.score === ranked[1].score)) return null;
  return Math.round((top.leg.change - bottom.leg.change) * 100) / 100;
}
