/**
 * Finds a movement with both sides in one sentence ("out of X and into Y", "sold X to buy Y", "an X-to-Y rotation") by
 * indexOf scans, never backtracking.
 */
import { firstStop } from "./clauses";

export interface Movement {
  sell: string;
  buy: string;
  /** Where the sentence states it, start and end, for the guards. */
  at: number;
  end: number;
}

/** Where a side after its marker stops: the end of its clause. */
const STOPS = [
  ". ",
  "; ",
  ": ",
  " — ",
  " – ",
  " on ",
  " as ",
  " while ",
  " with ",
  " for ",
  " after ",
  " since ",
  " until ",
  " when ",
  " which ",
  " that ",
  " over ",
  " by ",
  " betting",
  " but ",
  " started",
  " began",
  " ran ",
  " is ",
  " was ",
  " has ",
  " had ",
  " in the ",
  " during ",
  " amid ",
  " because ",
  " from ",
  " through ",
];
const STARTS = [". ", "; ", ": ", ", ", " — ", "(", "**"];
const NOUNS = [" rotation", " shift", " trade", " switch", " swing"];
const VERBS = ["rotat", "mov", "flow", "shift", "going", "went", "switch", "money", "capital", "realloc", "pour"];
const BEYOND = "the rest of the market";

type Finder = (lower: string) => Movement | null;

/** Text from `from` to the first clause stop after it. */
function clauseEnd(lower: string, from: number): number {
  return firstStop(lower, from, STOPS);
}

function clauseStart(lower: string, before: number): number {
  let start = 0;
  for (const s of STARTS) {
    const at = lower.lastIndexOf(s, before - 1);
    if (at !== -1 && at + s.length > start && at + s.length <= before) start = at + s.length;
  }
  return start;
}

/** The nearest of several connectors after `from`, within the clause. */
function nearest(lower: string, from: number, connectors: string[]): [number, number] | null {
  let best: [number, number] | null = null;
  for (const c of connectors) {
    const at = lower.indexOf(c, from);
    if (at !== -1 && (best === null || at < best[0])) best = [at, c.length];
  }
  return best;
}

/** "<marker> X <connector> Y": each occurrence of the marker tried in turn. */
const between =
  (marker: string, connectors: string[], verbBefore = false): Finder =>
  (lower) => {
    for (let m = lower.indexOf(marker); m !== -1; m = lower.indexOf(marker, m + 1)) {
      if (verbBefore && !VERBS.some((v) => lower.lastIndexOf(v, m) !== -1 && m - lower.lastIndexOf(v, m) < 40)) continue;
      const x = m + marker.length;
      const c = nearest(lower, x, connectors);
      if (!c || c[0] - x > 160) continue;
      const y = c[0] + c[1];
      const end = clauseEnd(lower, y);
      return { sell: lower.slice(x, c[0]), buy: lower.slice(y, end), at: m, end };
    }
    return null;
  };

/** "X gave way to Y": the sell side is the clause before the verb. */
const before =
  (verb: string): Finder =>
  (lower) => {
    const v = lower.indexOf(verb);
    if (v === -1) return null;
    const x = clauseStart(lower, v);
    const y = v + verb.length;
    const end = clauseEnd(lower, y);
    return { sell: lower.slice(x, v), buy: lower.slice(y, end), at: x, end };
  };

/** "the broadening beyond X": from X to the rest of the market. */
const beyond: Finder = (lower) => {
  const m = lower.indexOf("broadening beyond ");
  if (m === -1) return null;
  const x = m + "broadening beyond ".length;
  const end = clauseEnd(lower, x);
  return { sell: lower.slice(x, end), buy: BEYOND, at: m, end };
};

/** "the pharma-to-biotech rotation", "a Japan → US rotation", "Europe to Japan rotation". */
const named: Finder = (lower) => {
  for (const noun of NOUNS) {
    for (let n = lower.indexOf(noun); n !== -1; n = lower.indexOf(noun, n + 1)) {
      const start = Math.max(clauseStart(lower, n), determiner(lower, n));
      const phrase = lower.slice(start, n);
      const cut = nearest(phrase, 0, ["-to-", " → ", "→", " to "]);
      if (!cut) continue;
      return { sell: phrase.slice(0, cut[0]), buy: phrase.slice(cut[0] + cut[1]), at: start, end: n + noun.length };
    }
  }
  return null;
};

/** Just after the last "the"/"a"/"an"/"this" before `n`, so "ran the X-to-Y rotation" reads from X. */
function determiner(lower: string, n: number): number {
  let best = 0;
  for (const d of [" the ", " a ", " an ", " this ", "the ", "a ", "an "]) {
    const at = lower.lastIndexOf(d, n - 1);
    if (at !== -1 && (at === 0 || d.startsWith(" ")) && at + d.length > best && at + d.length <= n) best = at + d.length;
  }
  return best;
}

const FINDERS: Finder[] = [
  between("out of ", [" and into ", " and back into ", " into ", " and toward ", " toward "]),
  between("away from ", [" and toward ", " and towards ", " toward ", " towards ", " and into ", " into "]),
  between(" from ", [" into ", " toward ", " towards ", " to "], true),
  between("sold ", [" to buy ", " and bought ", " and buying ", " for "]),
  between("selling ", [" to buy ", " and buying "]),
  between("dumped ", [" and piled into ", " for "]),
  between("knocked ", [" and sent money into ", " and sent money to "]),
  between(" left ", [" for "]),
  before(" gave way to "),
  beyond,
  named,
];

export function findMovement(sentence: string): Movement | null {
  const lower = sentence.toLowerCase();
  if (lower.length !== sentence.length) return null;
  let best: Movement | null = null;
  for (const f of FINDERS) {
    const m = f(lower);
    if (m && (best === null || m.at < best.at)) best = m;
  }
  return best
    ? { ...best, sell: asWritten(sentence, lower, best.sell, best.at), buy: asWritten(sentence, lower, best.buy, best.at) }
    : null;
}

/** A side in the sentence's own casing (tickers stay tickers). */
function asWritten(sentence: string, lower: string, side: string, from: number): string {
  const at = lower.indexOf(side, Math.max(0, from));
  return at === -1 ? side : sentence.slice(at, at + side.length);
}

/**
 * Whether a paragraph could state a movement at all: the cheap test that keeps most prose away from the
 * reader. Each finder above needs one of these pairs of words in its text.
 */
export function mayStateMovement(lower: string): boolean {
  if (lower.includes("out of ") && (lower.includes(" into ") || lower.includes(" toward"))) return true;
  if (lower.includes("away from ") || lower.includes("gave way to") || lower.includes("broadening beyond") || lower.includes("knocked "))
    return true;
  if (
    (lower.includes("sold ") || lower.includes("selling ")) &&
    (lower.includes(" buy") || lower.includes(" bought") || lower.includes(" for "))
  )
    return true;
  if (lower.includes("dumped ") || (lower.includes(" left ") && lower.includes(" for "))) return true;
  if (
    lower.includes(" from ") &&
    (lower.includes(" into ") || lower.includes(" to ") || lower.includes(" toward")) &&
    VERBS.some((v) => lower.includes(v))
  )
    return true;
  return NOUNS.some((n) => lower.includes(n)) && (lower.includes("-to-") || lower.includes(" to ") || lower.includes("→"));
}
