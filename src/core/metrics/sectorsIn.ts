/**
 * The market groups a side names, each once and by its lexicon name: "Energy (XLE +18%)", "Energy, financials" and
 * "XLE" all count as energy.
 */
import { linkFreeText } from "../parse/inline";
import { findTerms, type Taxonomy } from "../taxonomy/taxonomy";

/** In the order the side lists them; terms the lexicon does not know are not groups and are left out. */
export function sectorsIn(side: string[], taxonomy: Taxonomy): string[] {
  const items = side.map((item) => linkFreeText(item));
  return [...new Set(items.flatMap((item) => findTerms(item, taxonomy).map((h) => h.name)))];
}
