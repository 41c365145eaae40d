/** Decides a rotation's type from the lexicon groups of its two sides, first rule that fits, and says which groups decided it. */
import { findTerms, type Group, type Taxonomy, type TermHit } from "./taxonomy";
import type { RotationType } from "./rotationTypes";

export interface Decision {
  type: RotationType;
  sell: string;
  buy: string;
}

interface Side {
  hits: readonly TermHit[];
  groups: Set<Group>;
  /** Whether every group the side names has the group. */
  all: (g: Group) => boolean;
}

function sideOf(text: string, taxonomy: Taxonomy): Side {
  const hits = findTerms(text, taxonomy);
  const groups = new Set(hits.flatMap((h) => h.groups));
  return { hits, groups, all: (g) => hits.length > 0 && hits.every((h) => h.groups.includes(g)) };
}

type Rule = [RotationType, (a: Side, b: Side) => [string, string] | null];

const both =
  (sell: Group[], buy: Group[]) =>
  (a: Side, b: Side): [string, string] | null => {
    const s = sell.find((g) => a.groups.has(g));
    const t = buy.find((g) => b.groups.has(g));
    // Both sides holding both groups says nothing about the direction.
    return s && t && !(b.groups.has(s) && a.groups.has(t)) ? [s, t] : null;
  };

const every =
  (sell: Group, buy: Group) =>
  (a: Side, b: Side): [string, string] | null =>
    a.all(sell) && b.all(buy) ? [sell, buy] : null;

/** Safe havens bought with everything else sold (risk-off), or the reverse (risk-on). */
const havens =
  (into: boolean) =>
  (a: Side, b: Side): [string, string] | null => {
    const [from, to] = into ? [a, b] : [b, a];
    if (!to.all("safe-haven") || from.all("safe-haven")) return null;
    return into ? ["risk assets", "safe havens"] : ["safe havens", "risk assets"];
  };

const credit = (a: Side, b: Side): [string, string] | null => {
  const quality = (s: Side): boolean =>
    s.hits.length > 0 && s.hits.every((h) => h.groups.includes("investment-grade") || h.groups.includes("rates"));
  if (a.all("high-yield") && quality(b)) return ["high yield", "investment grade"];
  if (quality(a) && b.all("high-yield")) return ["investment grade", "high yield"];
  return null;
};

/** Two different sectors: both sides hold sectors, and not the same ones. */
const sectors = (a: Side, b: Side): [string, string] | null => {
  const names = (s: Side): string[] => s.hits.filter((h) => h.groups.includes("sector")).map((h) => h.name);
  const x = names(a);
  const y = names(b);
  return x.length && y.length && x.some((n) => !y.includes(n)) ? [x[0], y[0]] : null;
};

/** In order: the first rule that fits decides. Size wins over style only when every pair is large → small. */
const RULES: Rule[] = [
  ["credit", credit],
  ["commodity-to-commodity", every("commodity", "commodity")],
  ["risk-off", havens(true)],
  ["risk-on", havens(false)],
  ["broadening", both(["mega"], ["broad"])],
  ["large-to-small", every("large", "small")],
  ["small-to-large", every("small", "large")],
  ["growth-to-value", both(["growth"], ["value"])],
  ["value-to-growth", both(["value", "cyclical"], ["growth"])],
  ["large-to-small", both(["large"], ["small", "broad"])],
  ["small-to-large", both(["small", "broad"], ["large"])],
  ["cyclical-to-defensive", both(["cyclical", "value", "growth"], ["defensive"])],
  ["defensive-to-cyclical", both(["defensive"], ["cyclical", "growth"])],
  ["domestic-to-international", both(["domestic"], ["international"])],
  ["international-to-domestic", both(["international"], ["domestic"])],
  ["sector-to-sector", sectors],
];

export function decideType(sellText: string, buyText: string, taxonomy: Taxonomy): Decision | null {
  const a = sideOf(sellText, taxonomy);
  const b = sideOf(buyText, taxonomy);
  if (a.hits.length === 0 || b.hits.length === 0) return null;
  for (const [type, rule] of RULES) {
    const r = rule(a, b);
    if (r) return { type, sell: r[0], buy: r[1] };
  }
  return null;
}
