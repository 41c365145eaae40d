/** The key under which the same rotation, found in several notes, meets: its normalised ends, or its name when it has no arrow. */
import { linkFreeText } from "../parse/inline";
import { splitRotation } from "../taxonomy/classifyRotation";

/** Words that name a size or an asset class but not which one: "Large cap → small caps" is "Large → Small". */
const FILLER = new Set(["cap", "caps", "stocks", "stock", "equities", "names", "sector", "sectors", "shares"]);

function normalizeEnd(text: string): string {
  const words = linkFreeText(text)
    .toLowerCase()
    .replace(/[*_`()]/g, " ")
    .replace(/-cap\b/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && !FILLER.has(w));
  return words.join(" ");
}

/**
 * "growth→value" for `Growth → Value`; the rotation's name ("risk-off") when it has no arrow, since a
 * name is steadier than the sides different notes list for it; the sides only when there is neither.
 */
export function rotationKey(c: { from: string; to: string; rotation: string | null }): string {
  const split = c.rotation ? splitRotation(c.rotation) : null;
  if (split) return `${normalizeEnd(split.from)}→${normalizeEnd(split.to)}`;
  const name = c.rotation ? normalizeEnd(c.rotation) : "";
  if (name) return name;
  return `${normalizeEnd(c.from)}→${normalizeEnd(c.to)}`;
}
