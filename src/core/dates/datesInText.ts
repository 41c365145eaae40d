/**
 * Finds the dates a sentence states ("early March 2025", "Mar 9 to Mar 20, 2020", "Q3 2019", "autumn 2019", "2011-12")
 * by scanning its words once.
 */
import { periodToRange, type DateRange } from "./periodToRange";

export interface TextDate extends DateRange {
  /** Where the date starts and ends in the text. */
  at: number;
  endAt: number;
  /** The word before it, lower case ("since", "until", "by"): what the sentence says the date is. */
  before: string;
  /** No year was written; one was lent by the text or the context. */
  yearless: boolean;
  /** Written as a span with two ends ("Mar 9 to Mar 20", "2011-12", "Q3 2019"): its end is the rotation's end too. */
  span: boolean;
}

interface Token {
  text: string;
  lower: string;
  at: number;
  end: number;
}

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
const MONTH_NAMES = new Set([
  "jan",
  "january",
  "feb",
  "february",
  "mar",
  "march",
  "apr",
  "april",
  "may",
  "jun",
  "june",
  "jul",
  "july",
  "aug",
  "august",
  "sep",
  "sept",
  "september",
  "oct",
  "october",
  "nov",
  "november",
  "dec",
  "december",
]);
const PART = new Set(["early", "mid", "late"]);
const SEASON = new Set(["spring", "summer", "autumn", "fall", "winter"]);
const LINKS = new Set(["to", "until", "till", "through", "-", "–", "—"]);
/** Index names whose number is not a year: "Russell 2000", "S&P 500". */
const INDEX_WORDS = new Set(["russell", "stoxx", "msci", "ftse", "nikkei", "topix", "p", "spx", "ndx"]);
/** Words that let a bare month stand for a date ("since March", "by June"); elsewhere "May" and "March" are often not months. */
const MONTH_LEADS = new Set(["since", "in", "by", "until", "till", "from", "through", "early", "mid", "late", "of", "to", "end", "start"]);

export function datesInText(text: string, ctx: { year?: number } = {}): TextDate[] {
  const tokens = tokenize(text);
  const out: TextDate[] = [];
  let year = ctx.year;
  for (let i = 0; i < tokens.length;) {
    const one = dateAt(tokens, i, year);
    if (!one) {
      i++;
      continue;
    }
    let found = one;
    let span =
      !/^(early|mid|late) /.test(one.phrase) &&
      (one.range.precision === "year" || one.range.precision === "quarter" || /h[12]|\d{4}-\d/.test(one.phrase));
    const link = tokens[one.next];
    // "between May 2012 and June 2013" is a span too.
    const between = link?.lower === "and" && tokens[i - 1]?.lower === "between";
    if (link && (LINKS.has(link.lower) || between) && one.next + 1 < tokens.length) {
      const two = dateAt(tokens, one.next + 1, one.yearless ? undefined : Number(one.range.start.slice(0, 4)));
      const joined = two ? join(one, two) : null;
      if (joined) [found, span] = [joined, true];
    }
    if (found.provisional) {
      i = found.next;
      continue;
    }
    out.push({
      ...found.range,
      at: tokens[i].at,
      endAt: tokens[found.next - 1].end,
      before: tokens[i - 1]?.lower ?? "",
      yearless: found.yearless,
      span,
    });
    if (!found.yearless) year = Number(found.range.end.slice(0, 4));
    i = found.next;
  }
  return out;
}

interface Found {
  range: DateRange;
  /** Index of the first token after the date. */
  next: number;
  yearless: boolean;
  phrase: string;
  start: number;
  provisional?: boolean;
}

const PROVISIONAL = 2000;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[A-Za-z]+\d*|\d+|[-–—]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ text: m[0], lower: m[0].toLowerCase(), at: m.index, end: m.index + m[0].length });
  return out;
}

const isYear = (t: Token | undefined): boolean => t !== undefined && /^\d{4}$/.test(t.text) && +t.text >= 1900 && +t.text <= 2099;
const isDay = (t: Token | undefined): boolean => t !== undefined && /^\d{1,2}$/.test(t.text) && +t.text >= 1 && +t.text <= 31;
const isMonth = (t: Token | undefined): boolean => t !== undefined && MONTH.test(t.lower) && MONTH_NAMES.has(t.lower);
const adjacent = (a: Token, b: Token | undefined, text = "-"): boolean => b !== undefined && b.text === text && b.at === a.end;

/** The date that starts at token i, if any. */
function dateAt(tokens: Token[], i: number, year: number | undefined): Found | null {
  let k = i;
  let part = "";
  if (PART.has(tokens[k].lower)) {
    part = `${tokens[k].lower} `;
    k += adjacent(tokens[k], tokens[k + 1]) ? 2 : 1;
  }
  const t = tokens[k];
  if (!t) return null;
  const build = (phrase: string, next: number, yearless = false): Found | null => {
    const range = periodToRange(`${part}${phrase}`);
    return range ? { range, next, yearless, phrase: `${part}${phrase}`, start: i } : null;
  };
  if (isMonth(t)) return monthDate(tokens, k, year, part, i);
  if (SEASON.has(t.lower) && isYear(tokens[k + 1])) return build(`${t.lower} ${tokens[k + 1].text}`, k + 2);
  if (SEASON.has(t.lower) && tokens[k + 1]?.lower === "of" && isYear(tokens[k + 2]))
    return build(`${t.lower} ${tokens[k + 2].text}`, k + 3);
  if (/^[qh][1-4]$/.test(t.lower) && isYear(tokens[k + 1])) return build(`${t.lower} ${tokens[k + 1].text}`, k + 2);
  if (!isYear(t) || INDEX_WORDS.has(tokens[k - 1]?.lower ?? "")) return null;
  if (/^[qh][1-4]$/.test(tokens[k + 1]?.lower ?? "")) return build(`${t.text} ${tokens[k + 1].lower}`, k + 2);
  const dash = tokens[k + 1];
  const after = tokens[k + 2];
  if (dash && after && /^[-–]$/.test(dash.text) && dash.at === t.end && after.at === dash.end && /^\d{2}$|^\d{4}$/.test(after.text)) {
    const ranged = build(`${t.text}-${after.text}`, k + 3);
    if (ranged) return ranged;
  }
  return build(t.text, k + 1);
}

/** "March 2025", "Jun 3, 2019", "Oct 9", "since March": a month, maybe a day, maybe a year. */
function monthDate(tokens: Token[], k: number, year: number | undefined, part: string, i: number): Found | null {
  const m = tokens[k];
  let next = k + 1;
  let day = "";
  if (isDay(tokens[next]) && !/^\d{4}$/.test(tokens[next].text)) {
    day = ` ${tokens[next].text}`;
    next++;
  }
  let y = "";
  if (isYear(tokens[next])) {
    y = tokens[next].text;
    next++;
  }
  const lead = part !== "" || MONTH_LEADS.has(tokens[i - 1]?.lower ?? "");
  if (!y && !day && !lead) return null;
  const yearless = y === "";
  // No year known yet: a stand-in that only an end with a year ("Mar 9 to Mar 20, 2020") can make real.
  const provisional = yearless && year === undefined;
  const phrase = `${part}${m.text}${day}${day ? "," : ""} ${y || String(year ?? PROVISIONAL)}`;
  const range = periodToRange(phrase);
  return range ? { range, next, yearless, phrase, start: i, provisional } : null;
}

/** "Mar 9 to Mar 20, 2020": a start and an end, the end's year lent back to a start that has none. */
function join(one: Found, two: Found): Found | null {
  let start = one.range;
  if (one.yearless && !two.yearless) {
    const y = Number(two.range.start.slice(0, 4));
    const again = periodToRange(one.phrase.replace(/\d{4}$/, String(y))) ?? start;
    start = again.start > two.range.end ? (periodToRange(one.phrase.replace(/\d{4}$/, String(y - 1))) ?? again) : again;
  } else if (one.provisional) return null;
  if (two.range.end < start.start) return null;
  return {
    range: { start: start.start, end: two.range.end, precision: start.precision },
    next: two.next,
    yearless: one.yearless && two.yearless,
    phrase: `${one.phrase} – ${two.phrase}`,
    start: one.start,
  };
}
