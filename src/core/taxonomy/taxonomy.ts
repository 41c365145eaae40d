/** The sector taxonomy: which words and tickers belong to which groups (growth, value, defensive, small…), extensible by the user. */

export type Group = string;

/** Term (lower case, or a ticker in upper case) → groups. */
export interface Taxonomy {
  terms: Map<string, Group[]>;
  /** Longest term first, so "consumer staples" wins over "staples". */
  ordered: string[];
}

/** Built-in terms. Energy is both value and cyclical; Mag 7 is both growth and large. */
const BUILT_IN: Record<string, Group[]> = {
  growth: ["growth"], tech: ["growth"], technology: ["growth"], software: ["growth"], saas: ["growth"], "high-growth tech": ["growth"],
  "ai momentum": ["growth"], "ai momentum plays": ["growth"], "stay-at-home tech": ["growth"], "unprofitable tech": ["growth"],
  telecom: ["growth"], "growth at any price": ["growth"], semis: ["growth"], semiconductors: ["growth"], "consumer discretionary": ["cyclical", "growth"],
  XLK: ["growth"], IGV: ["growth"], QQQ: ["growth", "large"], SMH: ["growth"], ARKK: ["growth"], XLY: ["cyclical"], XLC: ["growth"],
  nasdaq: ["growth", "large"], "nasdaq 100": ["growth", "large"], "mag 7": ["growth", "large"], "magnificent 7": ["growth", "large"], "magnificent seven": ["growth", "large"],
  "mega-cap": ["large"], "mega cap": ["large"], "crowded mega-cap": ["large"], "large cap": ["large"], "large caps": ["large"], large: ["large"], NVIDIA: ["growth", "large"], NVDA: ["growth", "large"],
  value: ["value"], "old economy": ["value"], quality: ["value"], cyclicals: ["cyclical", "value"], cyclical: ["cyclical"],
  financials: ["value", "cyclical"], banks: ["value", "cyclical"], XLF: ["value", "cyclical"], industrials: ["value", "cyclical"], XLI: ["value", "cyclical"],
  energy: ["value", "cyclical"], "large cap energy": ["value", "cyclical"], oil: ["value", "cyclical"], XLE: ["value", "cyclical"], materials: ["value", "cyclical"],
  XLB: ["value", "cyclical"], commodities: ["value", "cyclical"], "real estate": ["value"], XLRE: ["value"],
  defensive: ["defensive"], defensives: ["defensive"], utilities: ["defensive"], XLU: ["defensive"], staples: ["defensive"], "consumer staples": ["defensive"],
  XLP: ["defensive"], healthcare: ["defensive"], "health care": ["defensive"], XLV: ["defensive"], WMT: ["defensive"], walmart: ["defensive"], COST: ["defensive"], costco: ["defensive"],
  defense: ["value"], treasuries: ["safe-haven"], bonds: ["safe-haven"], cash: ["safe-haven"], gold: ["safe-haven"], TLT: ["safe-haven"],
  small: ["small"], "small cap": ["small"], "small caps": ["small"], "russell 2000": ["small"], IWM: ["small"], "small-cap": ["small"],
  "s&p 493": ["broad"], XMAG: ["broad"], "everything else": ["broad"], "equal weight": ["broad"], RSP: ["broad"], "the other 493": ["broad"],
  everything: ["everything"], "s&p 500": ["large", "domestic"], SPY: ["large", "domestic"], us: ["domestic"], "us large caps": ["domestic", "large"], domestic: ["domestic"],
  international: ["international"], em: ["international"], "emerging markets": ["international"], EEM: ["international"], EFA: ["international"], europe: ["international"], japan: ["international"],
};

export function buildTaxonomy(entries: Record<string, Group[]>): Taxonomy {
  const terms = new Map<string, Group[]>();
  for (const [term, groups] of Object.entries(entries)) terms.set(keyOf(term), [...groups]);
  return { terms, ordered: [...terms.keys()].sort((a, b) => b.length - a.length) };
}

export const defaultTaxonomy: Taxonomy = buildTaxonomy(BUILT_IN);

/** The built-in taxonomy plus the user's additions (which replace a built-in term's groups). */
export function extendTaxonomy(base: Taxonomy, additions: Record<string, Group[] | Group>): Taxonomy {
  const merged: Record<string, Group[]> = {};
  for (const [k, v] of base.terms) merged[k] = v;
  for (const [k, v] of Object.entries(additions)) merged[keyOf(k)] = (Array.isArray(v) ? v : [v]).map((g) => g.trim().toLowerCase());
  return buildTaxonomy(merged);
}

/** Tickers (all capitals, up to 5 letters) stay case-sensitive so "COST" the ticker is not "cost" the word. */
function keyOf(term: string): string {
  return /^[A-Z]{2,5}$/.test(term) ? term : term.toLowerCase();
}

export interface TermHit {
  term: string;
  groups: Group[];
}

/**
 * Found terms by text, per taxonomy. Notes repeat the same sides ("Tech", "Energy, financials") across
 * thousands of episodes, and each search tries every term; a user's new taxonomy gets a map of its own.
 */
const found = new WeakMap<Taxonomy, Map<string, readonly TermHit[]>>();
const MEMO_LIMIT = 20_000;

/** Every taxonomy term found in a text, longest first, each span counted once. */
export function findTerms(text: string, taxonomy: Taxonomy = defaultTaxonomy): readonly TermHit[] {
  let memo = found.get(taxonomy);
  if (!memo) found.set(taxonomy, (memo = new Map<string, readonly TermHit[]>()));
  const known = memo.get(text);
  if (known) return known;
  // A bound on memory for vaults with endless distinct texts; refilling costs only the searches it saved.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const hits = Object.freeze(searchTerms(text, taxonomy));
  memo.set(text, hits);
  return hits;
}

function searchTerms(text: string, taxonomy: Taxonomy): TermHit[] {
  const hits: TermHit[] = [];
  // Two copies of the text, as written (for tickers) and lower-cased (for words), blanked together as terms are found.
  let rest = ` ${text.replace(/[()[\],;:/+|]/g, " ")} `;
  let lower = rest.toLowerCase();
  if (lower.length !== rest.length) lower = rest.replace(/[^ -~]/g, " ").toLowerCase();
  for (const term of taxonomy.ordered) {
    const at = findWord(TICKER.test(term) ? rest : lower, term);
    if (at === -1) continue;
    hits.push({ term, groups: taxonomy.terms.get(term) ?? [] });
    const blank = " ".repeat(term.length);
    rest = rest.slice(0, at) + blank + rest.slice(at + term.length);
    lower = lower.slice(0, at) + blank + lower.slice(at + term.length);
  }
  return hits;
}

const TICKER = /^[A-Z]{2,5}$/;

function findWord(hay: string, term: string): number {
  let from = 0;
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
