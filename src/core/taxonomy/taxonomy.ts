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
  return { terms, names, ordered: [...terms.keys()].sort((a, b) => b.length - a.length) };
}

/** A taxonomy from term → groups alone (each term its own name), as tests and user files write it. */
export function buildTaxonomy(entries: Record<string, Group[]>): Taxonomy {
  const map = new Map<string, Term>();
  for (const [term, groups] of Object.entries(entries)) map.set(keyOf(term), { groups, name: keyOf(term).toLowerCase() });
  return build(map);
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

function searchTerms(text: string, taxonomy: Taxonomy): TermHit[] {
  const hits: TermHit[] = [];
  // Two copies of the text, as written (for tickers) and lower-cased (for words), blanked together as terms are found.
  let rest = ` ${flatten(text.replace(/[()[\],;:/+|*_"“”]/g, " "))} `;
  let lower = rest.toLowerCase();
  if (lower.length !== rest.length) {
    rest = rest.replace(/[^ -~]/g, " ");
    lower = rest.toLowerCase();
  }
  for (const term of taxonomy.ordered) {
    let from = 0;
    for (;;) {
      const at = findWord(TICKER.test(term) ? rest : lower, term, from);
      if (at === -1) break;
      hits.push({ term, groups: taxonomy.terms.get(term) ?? [], name: taxonomy.names.get(term) ?? term, at: at - 1 });
      const blank = " ".repeat(term.length);
      rest = rest.slice(0, at) + blank + rest.slice(at + term.length);
      lower = lower.slice(0, at) + blank + lower.slice(at + term.length);
      from = at + term.length;
    }
  }
  return hits;
}

function findWord(hay: string, term: string, from: number): number {
  for (;;) {
    const at = hay.indexOf(term, from);
    if (at === -1) return -1;
    const before = hay[at - 1];
    const after = hay[at + term.length];
    if (!isWordChar(before) && !isWordChar(after)) return at;
    from = at + 1;
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}&]/u.test(ch);
}

/** Groups of a text, counted: "Energy, financials" → value 2, cyclical 2. */
export function groupsOf(text: string, taxonomy: Taxonomy = defaultTaxonomy): Map<Group, number> {
  const counts = new Map<Group, number>();
  for (const hit of findTerms(text, taxonomy)) for (const g of hit.groups) counts.set(g, (counts.get(g) ?? 0) + 1);
  return counts;
}

/** The lexicon names a text holds, each once, in text order. */
export function namesIn(text: string, taxonomy: Taxonomy = defaultTaxonomy): string[] {
  return [...new Set(findTerms(text, taxonomy).map((h) => h.name))];
}
