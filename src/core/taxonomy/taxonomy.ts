/** The taxonomy in force: the market lexicon's terms (plus the user's additions) with their groups and the group name each stands for. */
import { LEXICON } from "../lexicon/lexicon";

export type Group = string;

const TICKER = /^[A-Z]{2,5}$/;

/** Term (lower case, hyphens as spaces; a ticker in capitals) → groups, and → the lexicon name it stands for. */
export interface Taxonomy {
  terms: Map<string, Group[]>;
  /** "XLE" → "energy", "bullion" → "gold": one name per market group, for statistics and merging. */
  names: Map<string, string>;
  /** Longest term first, so "consumer staples" wins over "staples". */
  ordered: string[];
  /** Most words in one term: how far a search looks ahead from each word. */
  maxWords: number;
}

interface Term {
  groups: Group[];
  name: string;
}

function lexiconTerms(): Map<string, Term> {
  const out = new Map<string, Term>();
  for (const entry of LEXICON) {
    for (const written of entry.terms) {
      for (const form of withPlural(written)) {
        const key = keyOf(form);
        if (!out.has(key)) out.set(key, { groups: entry.groups, name: entry.name });
      }
    }
  }
  return out;
}

/** "homebuilder" → also "homebuilders"; tickers, numbers and words already ending in s stay as they are. */
function withPlural(term: string): string[] {
  if (TICKER.test(term) || /[s\d]$/i.test(term) || !/[a-z]$/.test(term)) return [term];
  return [term, `${term}s`];
}

function build(entries: Map<string, Term>): Taxonomy {
  const terms = new Map<string, Group[]>();
  const names = new Map<string, string>();
  for (const [k, t] of entries) {
    terms.set(k, [...t.groups]);
    names.set(k, t.name);
  }
  const ordered = [...terms.keys()].sort((a, b) => b.length - a.length);
  let maxWords = 1;
  for (const t of ordered) maxWords = Math.max(maxWords, t.split(" ").length);
  return { terms, names, ordered, maxWords };
}

export const defaultTaxonomy: Taxonomy = build(lexiconTerms());

/** The lexicon plus the user's additions: a new term is its own group name; a known term gets the groups given. */
export function extendTaxonomy(base: Taxonomy, additions: Record<string, Group[] | Group>): Taxonomy {
  const merged = new Map<string, Term>();
  for (const [k, v] of base.terms) merged.set(k, { groups: v, name: base.names.get(k) ?? k.toLowerCase() });
  for (const [k, v] of Object.entries(additions)) {
    const key = keyOf(k);
    const groups = (Array.isArray(v) ? v : [v]).map((g) => g.trim().toLowerCase());
    merged.set(key, { groups, name: base.names.get(key) ?? key.toLowerCase() });
  }
  return build(merged);
}

/** Tickers (all capitals, up to 5 letters) stay case-sensitive so "COST" the ticker is not "cost" the word. */
function keyOf(term: string): string {
  return TICKER.test(term) ? term : flatten(term.toLowerCase());
}

/** Hyphens read as spaces, so "mega-cap", "equal-weight" and "risk-off" meet their spaced spellings. */
function flatten(text: string): string {
  return text.replace(/[-‐‑–]/g, " ");
}

export interface TermHit {
  term: string;
  groups: Group[];
  /** The lexicon name the term stands for. */
  name: string;
  /** Where the term starts in the text searched. */
  at: number;
}

/**
 * Found terms by text, per taxonomy. Notes repeat the same sides ("Tech", "Energy, financials") across
 * thousands of episodes, and each search tries every term; a user's new taxonomy gets a map of its own.
 */
const found = new WeakMap<Taxonomy, Map<string, readonly TermHit[]>>();
const MEMO_LIMIT = 20_000;

/** Every taxonomy term found in a text, in text order, each span counted once (longest term first). */
export function findTerms(text: string, taxonomy: Taxonomy = defaultTaxonomy): readonly TermHit[] {
  let memo = found.get(taxonomy);
  if (!memo) found.set(taxonomy, (memo = new Map<string, readonly TermHit[]>()));
  const known = memo.get(text);
  if (known) return known;
  // A bound on memory for vaults with endless distinct texts; refilling costs only the searches it saved.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const hits = Object.freeze(searchTerms(text, taxonomy).sort((a, b) => a.at - b.at));
  memo.set(text, hits);
  return hits;
}

/**
 * Leftmost-longest match over the text's words: at each word, the longest run of up to `maxWords`
 * words that is a term (lower case), or a ticker as written. One map lookup per run, whatever the
 * lexicon's size.
 */
function searchTerms(text: string, taxonomy: Taxonomy): TermHit[] {
  const hits: TermHit[] = [];
  const words = wordsOf(flatten(text.replace(/[()[\],;:/+|*_"“”!?]/g, " ")));
  for (let i = 0; i < words.length;) {
    const hit = longestAt(words, i, taxonomy);
    if (hit) {
      hits.push(hit.hit);
      i += hit.span;
    } else i++;
  }
  return hits;
}

interface Word {
  text: string;
  at: number;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let start = -1;
  for (let k = 0; k <= text.length; k++) {
    const gap = k === text.length || !inWord(text.charCodeAt(k));
    if (gap && start !== -1) {
      out.push({ text: text.slice(start, k), at: start });
      start = -1;
    } else if (!gap && start === -1) start = k;
  }
  return out;
}

/** Letters, digits, "&" (S&P), "." (U.S.), apostrophes, and any letter beyond ASCII; markup like "<b>" splits words. */
function inWord(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 38 ||
    c === 46 ||
    c === 39 ||
    c === 0x2019 ||
    (c > 127 && c !== 0x2192 && c !== 0x2014 && c !== 0x2013)
  );
}

function longestAt(words: Word[], i: number, taxonomy: Taxonomy): { hit: TermHit; span: number } | null {
  for (let n = Math.min(taxonomy.maxWords, words.length - i); n >= 1; n--) {
    let phrase = words[i].text;
    for (let k = 1; k < n; k++) phrase += ` ${words[i + k].text}`;
    for (const form of formsOf(phrase, n)) {
      const groups = taxonomy.terms.get(form);
      if (groups) return { hit: { term: form, groups, name: taxonomy.names.get(form) ?? form, at: words[i].at }, span: n };
    }
  }
  return null;
}

/** A ticker as written, then the words in lower case; a trailing full stop or possessive is not part of a term. */
function formsOf(phrase: string, n: number): string[] {
  const trimmed = phrase.replace(/(?:'s|’s|[.'’])$/, "");
  const out: string[] = [];
  if (n === 1 && TICKER.test(trimmed)) out.push(trimmed);
  const lower = phrase.toLowerCase();
  out.push(lower);
  if (trimmed !== phrase) out.push(trimmed.toLowerCase());
  return out;
}
