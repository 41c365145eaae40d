/** Names the type of a rotation from its text ("Growth → Value") or, failing that, from its sell and buy sides. */
import { defaultTaxonomy, findTerms, type Group, type Taxonomy } from "./taxonomy";

export type RotationType =
  | "growth-to-value"
  | "value-to-growth"
  | "cyclical-to-defensive"
  | "defensive-to-cyclical"
  | "large-to-small"
  | "small-to-large"
  | "domestic-to-international"
  | "international-to-domestic"
  | "risk-off"
  | "other";

export const ROTATION_TYPES: RotationType[] = [
  "growth-to-value", "value-to-growth", "cyclical-to-defensive", "defensive-to-cyclical", "large-to-small",
  "small-to-large", "domestic-to-international", "international-to-domestic", "risk-off", "other",
];

export interface RotationInput {
  rotation?: string | null;
  sell?: string[] | string | null;
  buy?: string[] | string | null;
}

export interface Classification {
  type: RotationType;
  reason: string;
}

const ARROW = /\s*(?:→|->|=>|⇒|➔|\bto\b|\binto\b)\s*/i;

/** "Growth → Value" → { from: "Growth", to: "Value" }; null when there is no arrow. */
export function splitRotation(text: string): { from: string; to: string } | null {
  const parts = text.split(ARROW);
  if (parts.length !== 2) return null;
  const from = parts[0].replace(/[*_]/g, "").trim();
  const to = parts[1].replace(/[*_]/g, "").trim();
  return from && to ? { from, to } : null;
}

/** Pairs checked in order: the first whose sell group and buy group both appear decides. */
const PAIRS: [RotationType, Group[], Group[]][] = [
  ["growth-to-value", ["growth"], ["value"]],
  ["value-to-growth", ["value", "cyclical"], ["growth"]],
  ["large-to-small", ["large"], ["small", "broad"]],
  ["small-to-large", ["small", "broad"], ["large"]],
  ["cyclical-to-defensive", ["cyclical", "value", "growth"], ["defensive"]],
  ["defensive-to-cyclical", ["defensive"], ["cyclical", "growth"]],
  ["domestic-to-international", ["domestic"], ["international"]],
  ["international-to-domestic", ["international"], ["domestic"]],
];

export function classifyRotation(input: RotationInput, taxonomy: Taxonomy = defaultTaxonomy): Classification {
  const rotation = (input.rotation ?? "").trim();
  if (/\brisk[- ]?off\b/i.test(rotation)) return { type: "risk-off", reason: `the rotation is written as "${rotation}"` };
  const split = rotation ? splitRotation(rotation) : null;
  if (split) {
    const byText = decide(split.from, split.to, taxonomy);
    if (byText) return { type: byText.type, reason: `"${split.from}" (${byText.sell}) → "${split.to}" (${byText.buy})` };
  }
  const sell = joinSide(input.sell);
  const buy = joinSide(input.buy);
  if (sell || buy) {
    const risk = riskOff(sell, buy, taxonomy);
    if (risk) return { type: "risk-off", reason: risk };
    const bySides = decide(sell, buy, taxonomy);
    if (bySides) return { type: bySides.type, reason: `sell side ${quote(sell)} (${bySides.sell}), buy side ${quote(buy)} (${bySides.buy})` };
  }
  return { type: "other", reason: rotation ? `no known groups on both sides of "${rotation}"` : "no rotation text and no known sectors on both sides" };
}

function decide(from: string, to: string, taxonomy: Taxonomy): { type: RotationType; sell: string; buy: string } | null {
  const a = groupSet(from, taxonomy);
  const b = groupSet(to, taxonomy);
  for (const [type, sellGroups, buyGroups] of PAIRS) {
    const s = sellGroups.find((g) => a.has(g));
    const t = buyGroups.find((g) => b.has(g));
    if (s && t && !(b.has(s) && a.has(t))) return { type, sell: s, buy: t };
  }
  return null;
}

/** Everything sold into safety: a buy side of only safe havens. */
function riskOff(sell: string, buy: string, taxonomy: Taxonomy): string | null {
  const b = groupSet(buy, taxonomy);
  if (b.size > 0 && [...b].every((g) => g === "safe-haven")) return `buy side ${quote(buy)} is only safe havens`;
  if (groupSet(sell, taxonomy).has("everything")) return `sell side ${quote(sell)} is everything`;
  return null;
}

function groupSet(text: string, taxonomy: Taxonomy): Set<Group> {
  const set = new Set<Group>();
  for (const hit of findTerms(text, taxonomy)) for (const g of hit.groups) set.add(g);
  return set;
}

function joinSide(side: string[] | string | null | undefined): string {
  if (!side) return "";
  return (Array.isArray(side) ? side.join(", ") : side).replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2");
}

function quote(s: string): string {
  return s ? `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"` : "(none)";
}
