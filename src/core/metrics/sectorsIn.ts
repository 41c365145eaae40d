/** The sectors a side names, each once and by one name: "Energy (XLE +18%)", "Energy, financials" and "XLE" all count as energy. */
import { findTerms, type Taxonomy } from "../taxonomy/taxonomy";

/** Tickers counted under the sector they stand for, so "Energy" and "XLE" are one line of the leaderboard. */
const TICKER_SECTOR: Record<string, string> = {
  XLE: "energy", XLF: "financials", XLI: "industrials", XLU: "utilities", XLP: "staples", XLV: "healthcare", XLB: "materials",
  XLK: "tech", IGV: "software", QQQ: "nasdaq", IWM: "russell 2000", SPY: "s&p 500", XLY: "consumer discretionary", XLC: "communication services",
  XLRE: "real estate", TLT: "treasuries", SMH: "semis", XMAG: "s&p 493", RSP: "equal weight", EEM: "em", EFA: "international",
  NVDA: "nvidia", WMT: "walmart", COST: "costco",
};

/** Spellings of one sector. */
const SYNONYM: Record<string, string> = {
  "consumer staples": "staples", "large cap energy": "energy", oil: "energy", saas: "software", "health care": "healthcare",
  "small cap": "small caps", "small-cap": "small caps", "mega cap": "mega-cap", technology: "tech", semiconductors: "semis",
  "magnificent 7": "mag 7", "magnificent seven": "mag 7", "nasdaq 100": "nasdaq", "emerging markets": "em", banks: "financials",
};

/** In the order the side lists them; terms the taxonomy does not know are not sectors and are left out. */
export function sectorsIn(side: string[], taxonomy: Taxonomy): string[] {
  const items = side.map((item) => item.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2"));
  return [...new Set(items.flatMap((item) => findTerms(item, taxonomy).map((h) => canonicalSector(h.term))))];
}

export function canonicalSector(term: string): string {
  const t = TICKER_SECTOR[term] ?? term.toLowerCase();
  return SYNONYM[t] ?? t;
}
