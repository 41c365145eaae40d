/** Turns the words of a side ("the utilities (XLU) and the REITs") into its items, keeping only what the lexicon knows. */
import { trimEndChars } from "../../text/trimChars";
import { datesInText } from "../../dates/datesInText";
import { findTerms, type Taxonomy } from "../../taxonomy/taxonomy";
import { splitSide } from "../sides";

/** Items of a side that name a market group; the buy side stops at its first item that names none. */
export function resolveSide(text: string, taxonomy: Taxonomy, stopAtUnknown: boolean): string[] {
  const out: string[] = [];
  for (const raw of splitSide(text)) {
    const item = withoutDate(trimEndChars(raw.replace(/^(?:the|a|an|back)\s+/i, ""), ".,;:").trim());
    if (item && findTerms(item, taxonomy).length > 0) out.push(item);
    else if (stopAtUnknown && out.length > 0) break;
  }
  return out;
}

/** "utilities in March 2024" → "utilities": a date is when, never part of what was bought or sold. */
function withoutDate(item: string): string {
  const date = datesInText(item)[0];
  if (!date) return item;
  const words = item.slice(0, date.at).trimEnd().split(" ");
  if (words.length > 1 && DATE_LEADS.has(words[words.length - 1].toLowerCase())) words.pop();
  return trimEndChars(words.join(" "), ",;:—–- ").trim();
}

const DATE_LEADS = new Set(["in", "on", "since", "during", "by", "from", "until", "through", "after", "before", "of"]);

/** Lexicon names of a side's items: what says two sides are the same market group. */
export function sideNames(items: string[], taxonomy: Taxonomy): Set<string> {
  return new Set(items.flatMap((i) => findTerms(i, taxonomy).map((h) => h.name)));
}
