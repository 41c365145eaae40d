/** Reads the figures research notes use (`+12.87%`, `~43pp`, `~$38M`, `29x`, `+6-8%`, `2+ years`, `—`) into numbers with units. */
import type { Figure, FigureBound, FigureUnit } from "../model/types";
import { foldSpaces } from "../text/foldSpaces";

/** Marks that mean "no value here". */
const NO_VALUE = new Set(["—", "–", "-", "n/a", "na", "none", "—.", "…", "?"]);

const SCALE: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

const TIME_UNITS: Record<string, FigureUnit> = {
  day: "days",
  days: "days",
  d: "days",
  week: "weeks",
  weeks: "weeks",
  wk: "weeks",
  wks: "weeks",
  month: "months",
  months: "months",
  mo: "months",
  mos: "months",
  quarter: "quarters",
  quarters: "quarters",
  q: "quarters",
  year: "years",
  years: "years",
  yr: "years",
  yrs: "years",
};

/**
 * One figure at the start of the text: an optional approx mark (~ ≈ ±? no), an optional bound (> < ≥ ≤),
 * sign, currency, number (with thousands commas), an optional range end, an optional `+` (at least),
 * then a unit (%, pp, bps, x, K/M/B/T, or a time word). What follows must be a parenthesis, a
 * separator or nothing: "46% (2026E)" is 46%, "+6% vs Nasdaq" is +6%, "Mag 7" is not a figure.
 * White space is folded to single spaces first, so each gap is ` ?` and the pattern never backtracks
 * over runs of spaces (linear time on any input).
 */
const FIGURE =
  /^(~|≈|about |approx\.? |c\. ?)?(>=|<=|≥|≤|>|<)? ?([+\-−]?) ?([$€£¥])? ?([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)(?: ?(?:-|–|to) ?([$€£¥])?(\d+(?:\.\d+)?))?(\+)? ?(%|pp|bps|bp|x|×|k|mn|mm|m|bn|b|tn|t|million|billion|trillion|days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?)?(\+)?(?=$|[\s,;:)(/]|\.(?:\s|$))/i;

export function parseFigure(text: string): Figure | null {
  if (typeof text !== "string") return null;
  const raw = text.trim();
  if (raw === "" || raw.length > 200) return null;
  const bare = stripMarks(raw);
  if (bare.length <= 4 && NO_VALUE.has(bare.toLowerCase())) return { value: null, unit: null, approx: false, bound: "exact", raw };
  const first = bare.charCodeAt(0);
  // Cheap exit for ordinary words: a figure starts with a digit, a sign, a currency or an approx/bound mark.
  if (!(first >= 48 && first <= 57) && !"~≈+-−$€£¥><≥≤.aAcC".includes(bare[0])) return null;
  const folded = foldSpaces(bare);
  const m = FIGURE.exec(folded);
  if (!m) return null;
  const [, approxMark, boundMark, sign1, currency, sign2, num, rangeCurrency, rangeEnd, plusBefore, unitText, plusAfter] = m;
  const rest = folded.slice(m[0].length).trim();
  if (!acceptableRest(rest)) return null;
  const negative = isMinus(sign1) !== isMinus(sign2);
  const unit = unitOf(unitText, currency ?? rangeCurrency);
  if (
    unit === "count" &&
    !/^of \d/.test(rest) &&
    !sign1 &&
    !sign2 &&
    !approxMark &&
    !boundMark &&
    !plusBefore &&
    !plusAfter &&
    /^[A-Za-z]/.test(rest)
  )
    return null;
  // "2009-10", "1999-2000": a span of years is a period, not the number range 10..2009.
  if (rangeEnd !== undefined && unit === "count" && isYearSpan(num, rangeEnd) && !sign1 && !sign2 && !approxMark) return null;
  const scale = scaleOf(unitText);
  const value = (negative ? -1 : 1) * toNumber(num) * scale;
  const figure: Figure = {
    value,
    unit,
    approx: Boolean(approxMark) || approxInRest(rest),
    bound: boundOf(boundMark, plusBefore ?? plusAfter),
    raw,
  };
  if (currency ?? rangeCurrency) figure.currency = currency ?? rangeCurrency;
  if (rangeEnd !== undefined) {
    const high = (negative ? -1 : 1) * toNumber(rangeEnd) * scale;
    figure.low = Math.min(value, high);
    figure.high = Math.max(value, high);
    figure.value = (value + high) / 2;
    figure.bound = "range";
  }
  return figure;
}

function isYearSpan(from: string, to: string): boolean {
  if (!/^\d{4}$/.test(from) || !/^\d{2}$|^\d{4}$/.test(to)) return false;
  const a = Number(from);
  const b = to.length === 2 ? Math.floor(a / 100) * 100 + Number(to) : Number(to);
  return a >= 1800 && a <= 2199 && b > a && b - a < 100;
}

/** Bold, italic, highlight and code marks around the whole cell: `**+39%**` → `+39%`. Hot path: no regex. */
function stripMarks(s: string): string {
  let t = s;
  while (t.length > 2 && "*_=`".includes(t[0]) && t[t.length - 1] === t[0]) {
    let k = 1;
    while (k < 2 && t[k] === t[0] && t[t.length - 1 - k] === t[0]) k++;
    t = t.slice(k, t.length - k).trim();
  }
  return t;
}

function isMinus(sign: string | undefined): boolean {
  return sign === "-" || sign === "−";
}

function toNumber(s: string): number {
  return Number(s.includes(",") ? s.replace(/,/g, "") : s);
}

function unitOf(unitText: string | undefined, currency: string | undefined): FigureUnit {
  if (currency) return "money";
  if (!unitText) return "count";
  const u = unitText.toLowerCase();
  if (u === "%") return "percent";
  if (u === "pp" || u === "bps" || u === "bp") return "pp";
  if (u === "x" || u === "×") return "multiple";
  if (u in SCALE) return "count";
  return TIME_UNITS[u] ?? "count";
}

/** K/M/B/T multiply; basis points are hundredths of a percentage point. */
function scaleOf(unitText: string | undefined): number {
  if (!unitText) return 1;
  const u = unitText.toLowerCase();
  if (u === "bp" || u === "bps") return 0.01;
  return SCALE[u] ?? 1;
}

function boundOf(mark: string | undefined, plus: string | undefined): FigureBound {
  if (mark === ">" || mark === ">=" || mark === "≥" || plus) return "atLeast";
  if (mark === "<" || mark === "<=" || mark === "≤") return "atMost";
  return "exact";
}

function approxInRest(rest: string): boolean {
  return /^\(?(approx|est)/i.test(rest);
}

/** After the figure: nothing, a parenthetical, or a few words ("vs Nasdaq", "YTD"); not a long sentence. */
function acceptableRest(rest: string): boolean {
  if (rest === "" || rest.startsWith("(") || /^of \d/.test(rest)) return true;
  if (/^[,;:/]/.test(rest)) return true;
  let words = 1;
  for (let i = 0; i < rest.length; i++) if (rest.charCodeAt(i) === 32 && rest.charCodeAt(i - 1) !== 32 && ++words > 6) return false;
  return true;
}
