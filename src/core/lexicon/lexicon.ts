/** The market lexicon: every name, synonym, ticker and index that stands for a market group, and the groups each belongs to. */

/**
 * One market group as analysts name it. `groups` are what types and merging reason with: a style
 * (growth, value, quality, momentum, low-volatility), a cycle (cyclical, defensive), a size (mega,
 * large, mid, small, broad), a region (domestic, international), a regime (risk-on, safe-haven), an
 * asset class (equities, commodity, high-yield, investment-grade, rates, cash, crypto), and `sector`
 * for sectors and industries.
 */
export interface LexiconEntry {
  name: string;
  kind: "sector" | "style" | "size" | "asset" | "region" | "regime";
  groups: string[];
  /** Words as written in notes; a plural "s" is added to words that have none. Tickers in capitals. */
  terms: string[];
}

const e = (kind: LexiconEntry["kind"], name: string, groups: string[], terms: string[]): LexiconEntry => ({ name, kind, groups, terms });

export const LEXICON: LexiconEntry[] = [
  // Sectors and industries.
  e(
    "sector",
    "tech",
    ["growth", "sector"],
    [
      "tech",
      "technology",
      "information technology",
      "big tech",
      "tech stock",
      "XLK",
      "VGT",
      "nasdaq",
      "nasdaq 100",
      "nasdaq-100",
      "QQQ",
      "NDX",
      "high-growth tech",
      "long-duration tech",
      "stay-at-home tech",
      "unprofitable tech",
      "ARKK",
    ],
  ),
  e("sector", "software", ["growth", "sector"], ["software", "saas", "IGV", "cloud software"]),
  e(
    "sector",
    "semis",
    ["growth", "cyclical", "sector"],
    ["semis", "semiconductor", "chip", "chipmaker", "chip stock", "SOX", "SOXX", "SMH", "NVDA", "nvidia", "AMD"],
  ),
  e(
    "sector",
    "ai infrastructure",
    ["growth", "sector"],
    ["ai infrastructure", "ai infra", "ai momentum", "ai momentum plays", "ai trade", "ai power", "ai-power name"],
  ),
  e("sector", "communication services", ["growth", "sector"], ["communication services", "telecom", "XLC"]),
  e("sector", "consumer discretionary", ["cyclical", "growth", "sector"], ["consumer discretionary", "discretionary", "XLY"]),
  e("sector", "financials", ["value", "cyclical", "sector"], ["financials", "financial", "XLF"]),
  e("sector", "banks", ["value", "cyclical", "sector"], ["banks", "bank stock", "KBE", "european banks"]),
  e("sector", "regional banks", ["value", "cyclical", "small", "sector"], ["regional bank", "regionals", "KRE"]),
  e(
    "sector",
    "money-centre banks",
    ["value", "large", "sector"],
    [
      "money-centre bank",
      "money-center bank",
      "money centre bank",
      "money center bank",
      "big bank",
      "large bank",
      "megabank",
      "JPM",
      "BAC",
      "WFC",
    ],
  ),
  e(
    "sector",
    "energy",
    ["value", "cyclical", "sector"],
    ["energy", "energy stock", "large cap energy", "XLE", "XOP", "oil producer", "oil major"],
  ),
  e("sector", "industrials", ["value", "cyclical", "sector"], ["industrials", "industrial", "XLI", "transports", "transportation", "IYT"]),
  e("sector", "materials", ["value", "cyclical", "sector"], ["materials", "basic materials", "XLB", "miners", "mining"]),
  e("sector", "homebuilders", ["value", "cyclical", "sector"], ["homebuilder", "housing", "XHB", "ITB"]),
  e("sector", "real estate", ["value", "sector"], ["real estate", "reits", "reit", "XLRE"]),
  e("sector", "utilities", ["defensive", "sector"], ["utilities", "utility", "XLU"]),
  e("sector", "staples", ["defensive", "sector"], ["staples", "consumer staples", "XLP", "WMT", "walmart", "COST", "costco"]),
  e("sector", "health care", ["defensive", "sector"], ["health care", "healthcare", "XLV", "pharma"]),
  e("sector", "biotech", ["sector"], ["biotech", "biotechnology", "XBI", "IBB"]),
  e("sector", "medtech", ["sector"], ["medtech", "med tech", "medical device", "IHI"]),
  e("sector", "defence", ["value", "sector"], ["defence", "defense", "defense stock", "ITA"]),
  // Styles and factors.
  e("style", "growth", ["growth"], ["growth", "growth stock", "growth at any price", "IWF", "VUG"]),
  e("style", "value", ["value"], ["value", "value stock", "old economy", "IWD", "VTV", "VLUE"]),
  e("style", "quality", ["quality"], ["quality", "QUAL"]),
  e("style", "momentum", ["momentum"], ["momentum", "MTUM"]),
  e("style", "low volatility", ["low-volatility", "defensive"], ["low volatility", "low vol", "min vol", "USMV", "SPLV"]),
  e("style", "defensives", ["defensive"], ["defensive", "defensive sector", "defensive stock", "defensive name"]),
  e("style", "cyclicals", ["cyclical"], ["cyclical", "cyclical sector", "cyclical stock"]),
  // Size.
  e(
    "size",
    "mega caps",
    ["mega", "large", "growth"],
    [
      "mega cap",
      "megacap",
      "mega-cap tech",
      "mag 7",
      "mag7",
      "magnificent 7",
      "magnificent seven",
      "the magnificent seven",
      "ten largest",
      "top 10",
      "heavyweight",
      "MAGS",
    ],
  ),
  e(
    "size",
    "large caps",
    ["large"],
    ["large cap", "large", "large-cap stock", "s&p 500", "SPY", "SPX", "IVV", "VOO", "russell 1000", "dow"],
  ),
  e("size", "mid caps", ["mid"], ["mid cap", "midcap", "s&p 400", "MDY", "IJH"]),
  e("size", "small caps", ["small"], ["small cap", "small", "russell 2000", "IWM", "s&p 600", "IJR", "small-cap stock"]),
  e(
    "size",
    "the rest of the market",
    ["broad"],
    [
      "equal weight",
      "equal-weight s&p",
      "RSP",
      "s&p 493",
      "the other 493",
      "other 493",
      "XMAG",
      "everything else",
      "rest of the market",
      "broader market",
      "average stock",
    ],
  ),
  // Asset classes.
  e("asset", "equities", ["equities", "risk-on"], ["equities", "equity", "stock", "risk asset"]),
  e(
    "asset",
    "treasuries",
    ["rates", "safe-haven"],
    ["treasuries", "treasury", "govvies", "government bond", "long bond", "TLT", "IEF", "SHY", "UST", "bonds"],
  ),
  e(
    "asset",
    "investment-grade credit",
    ["investment-grade"],
    ["investment grade", "investment-grade credit", "ig credit", "IG", "LQD", "high grade"],
  ),
  e("asset", "high yield", ["high-yield", "risk-on"], ["high yield", "high-yield credit", "junk", "junk bond", "HY", "HYG", "JNK"]),
  e("asset", "cash", ["cash", "safe-haven"], ["cash", "money market", "t-bill", "BIL"]),
  e("asset", "gold", ["commodity", "safe-haven"], ["gold", "bullion", "GLD", "IAU"]),
  e("asset", "silver", ["commodity"], ["silver", "SLV"]),
  e("asset", "oil", ["commodity"], ["oil", "crude", "brent", "wti", "USO"]),
  e("asset", "commodities", ["commodity"], ["commodities", "commodity", "DBC", "GSG", "copper"]),
  e("asset", "crypto", ["crypto"], ["crypto", "bitcoin", "ether", "IBIT"]),
  e("asset", "yen", ["safe-haven"], ["yen", "japanese yen", "FXY"]),
  e("asset", "swiss franc", ["safe-haven"], ["swiss franc", "franc", "CHF"]),
  e("asset", "us dollar", ["domestic"], ["dollar", "us dollar", "the dollar", "DXY", "greenback"]),
  // Regions and countries.
  e(
    "region",
    "US",
    ["domestic"],
    ["US", "U.S.", "u.s.", "united states", "america", "american", "us stock", "US stocks", "domestic", "US assets", "VTI"],
  ),
  e(
    "region",
    "international",
    ["international"],
    [
      "international",
      "non-us",
      "non us",
      "ex-us",
      "ex us",
      "rest of the world",
      "rest of world",
      "foreign",
      "global ex-us",
      "EFA",
      "VEA",
      "ACWX",
    ],
  ),
  e("region", "Europe", ["international"], ["europe", "european", "euro stoxx", "eurozone", "stoxx 600", "VGK", "EZU", "FEZ"]),
  e("region", "Japan", ["international"], ["japan", "japanese", "topix", "nikkei", "EWJ", "DXJ"]),
  e("region", "China", ["international"], ["china", "chinese", "hong kong", "mainland", "FXI", "KWEB", "MCHI"]),
  e("region", "emerging markets", ["international"], ["emerging market", "emerging-market equities", "EM", "EEM", "VWO"]),
  // Regimes.
  e("regime", "risk on", ["risk-on"], ["risk on", "risk-on"]),
  e("regime", "risk off", ["safe-haven"], ["risk off", "risk-off", "safe haven", "safety"]),
];
