/** Turns a group of candidates into one episode: fields by source priority, durations aged to the as-of date, type and divergence. */
import { monthsBetween } from "../dates/durationToMonths";
import { classifyRotation } from "../taxonomy/classifyRotation";
import { defaultTaxonomy, findTerms, type Taxonomy } from "../taxonomy/taxonomy";
import type { Candidate, Episode, EpisodeField, Leg, SourceRef } from "./types";

export function toEpisode(group: Candidate[], asOf: string, taxonomy: Taxonomy = defaultTaxonomy): Episode {
  const first = <K extends keyof Candidate>(k: K): Candidate[K] | null => {
    for (const c of group) {
      const v = c[k];
      if (v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)) return v;
    }
    return null;
  };
  const fieldSources: Partial<Record<EpisodeField, SourceRef>> = {};
  for (const c of [...group].reverse()) Object.assign(fieldSources, c.fieldSources);
  const lead = group[0];
  const rotation = first("rotation") ?? `${lead.from} → ${lead.to}`;
  const sellSide = first("sellSide") ?? [];
  const buySide = first("buySide") ?? [];
  const start = first("start");
  const end = group.find((c) => c.end && c.ongoing !== true)?.end ?? null;
  const explicit = group.map((c) => c.ongoing).find((o) => o !== null) ?? null;
  const ongoing = explicit ?? false;
  const duration = first("duration");
  const legs = first("legs") ?? [];
  const cls = classifyRotation({ rotation, sell: sellSide, buy: buySide }, taxonomy);
  const stated = group.find((c) => c.divergenceSource === "stated");
  const computed = stated ? null : computeDivergence(legs, [lead.to, ...buySide].join(", "), [lead.from, ...sellSide].join(", "), taxonomy);
  const period = first("period");
  return {
    id: "",
    label: labelOf(period, first("name") ?? rotation),
    period,
    start,
    end: ongoing ? null : end,
    ongoing,
    durationMonths: ongoing ? (start ? monthsBetween(start, asOf) : null) : duration?.months ?? (start && end ? monthsBetween(start, dayAfter(end)) : null),
    durationBound: ongoing ? "atLeast" : duration?.bound ?? null,
    durationText: first("durationText"),
    rotation,
    from: lead.from,
    to: lead.to,
    type: cls.type,
    typeReason: cls.reason,
    trigger: first("trigger"),
    sellSide,
    buySide,
    legs,
    divergencePp: stated?.divergencePp ?? computed,
    divergenceSource: stated ? "stated" : computed !== null ? "computed" : null,
    links: [...new Set(group.flatMap((c) => c.links))],
    sources: group.map((c) => c.source),
    fieldSources,
  };
}

/** Periods are inclusive: "2011" runs to the end of Dec 31, a whole twelve months. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function labelOf(period: string | null, name: string): string {
  return period ? `${period}: ${name}` : name;
}

/** Buy leg minus sell leg, each leg placed by the taxonomy groups it shares with the buy or the sell side. */
export function computeDivergence(legs: Leg[], buyText: string, sellText: string, taxonomy: Taxonomy): number | null {
  if (legs.length < 2) return null;
  const groups = (t: string): Set<string> => new Set(findTerms(t, taxonomy).flatMap((h) => h.groups));
  const buy = groups(buyText);
  const sell = groups(sellText);
  const score = (leg: Leg): number => {
    const g = groups(leg.ticker);
    return [...g].filter((x) => buy.has(x)).length - [...g].filter((x) => sell.has(x)).length;
  };
  const ranked = [...legs].sort((a, b) => score(b) - score(a));
  const [b, s] = [ranked[0], ranked[ranked.length - 1]];
  if (score(b) <= score(s)) return null;
  return Math.round((b.change - s.change) * 100) / 100;
}
