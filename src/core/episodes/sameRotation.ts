/**
 * Whether two candidates or episodes tell the same rotation: their sell sides name a common market group and so do
 * their buy sides, and their dates meet.
 */
import { linkFreeText } from "../parse/inline";
import { findTerms, type Taxonomy } from "../taxonomy/taxonomy";

export interface Told {
  from: string;
  to: string;
  buySide: string[];
  start: string | null;
  end: string | null;
  ongoing: boolean | null;
}

const OPEN = "9999-12-31";

function names(texts: string[], taxonomy: Taxonomy): Set<string> {
  return new Set(texts.flatMap((t) => findTerms(linkFreeText(t), taxonomy).map((h) => h.name)));
}

export interface Sides {
  from: Set<string>;
  to: Set<string>;
  buy: Set<string>;
}

/** Worked out once per candidate or episode and taxonomy: merging compares each with many others. */
const cache = new WeakMap<Taxonomy, WeakMap<Told, Sides>>();

export function sidesOf(t: Told, taxonomy: Taxonomy): Sides {
  let byTold = cache.get(taxonomy);
  if (!byTold) cache.set(taxonomy, (byTold = new WeakMap()));
  let s = byTold.get(t);
  if (!s) byTold.set(t, (s = { from: names([t.from], taxonomy), to: names([t.to], taxonomy), buy: names([t.to, ...t.buySide], taxonomy) }));
  return s;
}

const meets = (a: Set<string>, b: Set<string>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/**
 * Same sell headline group, and the same buy group in the headline or anywhere on the buy side: a flow
 * note buying "utilities, REITs" and a section called "Energy → utilities" whose table buys the same
 * names tell one rotation; a "Cyclicals → Defensives" row does not share "Energy" as its headline.
 */
export function sameRotation(a: Told, b: Told, taxonomy: Taxonomy): boolean {
  return sameSides(sidesOf(a, taxonomy), sidesOf(b, taxonomy));
}

function sameSides(x: Sides, y: Sides): boolean {
  return meets(x.from, y.from) && (meets(x.to, y.to) || meets(x.buy, y.buy));
}

/** Closed intervals meet; an undated one meets anything (the caller decides whether that is enough). */
export function datesMeet(a: Told, b: Told): boolean {
  if (a.start === null || b.start === null) return true;
  return a.start <= reach(b) && b.start <= reach(a);
}

function reach(t: Told): string {
  if (t.ongoing === true || (t.ongoing === null && t.end === null)) return OPEN;
  return t.end ?? t.start ?? OPEN;
}
