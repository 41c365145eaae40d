/** Reads a sell or buy side ("Energy (XLE +18%), old economy") into its items, and the legs ("XLE +55%") in any text. */
import type { Leg, SourceRef } from "./types";

/** Split on commas, semicolons and " + " outside parentheses; drop "and" at an item's start. */
export function splitSide(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (depth === 0 && (c === "," || c === ";")) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((s) => s.replace(/^\s*(and|&)\s+/i, "").trim()).filter((s) => s !== "" && s !== "—" && s !== "-");
}

/**
 * Legs: a ticker (2–5 capitals) then a move: "+55%", "-30%", "fell ~70%", "rose 12%", "held flat",
 * "hit -22%", "surged +14%". Percent moves only; the number's sign follows the verb where there is one.
 */
const LEG =
  /\b([A-Z]{2,5})\b\s*(?:\(\w+\)\s*)?(?:(fell|dropped|lost|declined|down|rose|gained|surged|climbed|up|hit|was|at)\s+)?(~|≈)?([+\-−]?\d+(?:\.\d+)?)%|\b([A-Z]{2,5})\b\s*(?:\(\w+\)\s*)?held flat/g;
const NEGATIVE_VERBS = new Set(["fell", "dropped", "lost", "declined", "down"]);

export function legsIn(raw: string, source: SourceRef): Leg[] {
  // Runs of spaces collapse first: the pattern's optional spaces then match at most one each.
  const text = raw.replace(/\s+/g, " ");
  const legs: Leg[] = [];
  const seen = new Set<string>();
  LEG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LEG.exec(text)) !== null) {
    const ticker = m[1] ?? m[5];
    if (seen.has(ticker) || ticker === "YTD" || ticker === "EPS") continue;
    let change = 0;
    if (m[4] !== undefined) {
      change = Number(m[4].replace("−", "-"));
      if (m[2] && NEGATIVE_VERBS.has(m[2].toLowerCase()) && change > 0) change = -change;
    }
    seen.add(ticker);
    legs.push({ ticker, change, raw: m[0].trim(), source });
  }
  return legs;
}

/** A stated divergence: "~85pp divergence", "(~43pp)", "85 pp". */
export function statedDivergence(text: string): number | null {
  // From each "pp" back over the number before it: a regex would retry every digit of a long run of digits.
  const lower = text.toLowerCase();
  for (let at = lower.indexOf("pp"); at !== -1; at = lower.indexOf("pp", at + 2)) {
    if (/\w/.test(lower.charAt(at + 2))) continue;
    const end = lower.charAt(at - 1) === " " ? at - 1 : at;
    let start = end;
    while (start > 0 && /[\d.]/.test(lower.charAt(start - 1))) start--;
    const number = lower.slice(start, end);
    if (/^\d+(?:\.\d+)?$/.test(number)) return Number(number);
  }
  return null;
}
