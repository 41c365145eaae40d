/** Names the type of a rotation from its text ("Growth → Value") or, failing that, from the lexicon groups of its sell and buy sides. */
import { linkFreeText } from "../parse/inline";
import { decideType } from "./decideType";
import { splitRotation } from "./splitRotation";
import { defaultTaxonomy, type Taxonomy } from "./taxonomy";
import type { RotationType } from "./rotationTypes";

export { splitRotation } from "./splitRotation";
export { ROTATION_TYPES, type RotationType } from "./rotationTypes";

export interface RotationInput {
  rotation?: string | null;
  sell?: string[] | string | null;
  buy?: string[] | string | null;
}

export interface Classification {
  type: RotationType;
  reason: string;
}

export function classifyRotation(input: RotationInput, taxonomy: Taxonomy = defaultTaxonomy): Classification {
  const rotation = (input.rotation ?? "").trim();
  const split = rotation ? splitRotation(rotation) : null;
  const regime = regimeOf(rotation, split);
  if (regime) return { type: regime, reason: `the rotation is written as "${rotation}"` };
  if (split) {
    const byText = decideType(split.from, split.to, taxonomy);
    if (byText) return { type: byText.type, reason: `"${split.from}" (${byText.sell}) → "${split.to}" (${byText.buy})` };
  }
  const sell = joinSide(input.sell);
  const buy = joinSide(input.buy);
  if (sell || buy) {
    const bySides = decideType(sell, buy, taxonomy);
    if (bySides)
      return { type: bySides.type, reason: `sell side ${quote(sell)} (${bySides.sell}), buy side ${quote(buy)} (${bySides.buy})` };
  }
  return {
    type: "other",
    reason: rotation ? `no known groups on both sides of "${rotation}"` : "no rotation text and no known groups on both sides",
  };
}

/** "Risk-off", "Risk-on → off", "risk-on": a regime named outright. */
function regimeOf(rotation: string, split: { from: string; to: string } | null): RotationType | null {
  const flat = (s: string): string => s.toLowerCase().replace(/[-–]/g, " ").replace(/\s+/g, " ").trim();
  if (split) {
    const to = flat(split.to);
    if (to === "off" || to === "risk off") return "risk-off";
    if (to === "on" || to === "risk on") return "risk-on";
    return null;
  }
  const t = ` ${flat(rotation)} `;
  if (t.includes(" risk off ")) return "risk-off";
  if (t.includes(" risk on ")) return "risk-on";
  return null;
}

function joinSide(side: string[] | string | null | undefined): string {
  if (!side) return "";
  return linkFreeText(Array.isArray(side) ? side.join(", ") : side);
}

function quote(s: string): string {
  return s ? `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"` : "(none)";
}
