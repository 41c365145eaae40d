/** Reads the periods research notes use ("2000-02", "2018 Q4", "Sep 2018 – Feb 2019", "late December 2025") into ISO date ranges. */
import { endOfMonth, endOfQuarter, endOfYear, isValid } from "date-fns";
import { isoDay } from "./isoDay";

export type Precision = "day" | "month" | "quarter" | "year";

export interface DateRange {
  /** First day, yyyy-MM-dd. */
  start: string;
  /** Last day, yyyy-MM-dd. */
  end: string;
  precision: Precision;
}

export interface PeriodContext {
  /** Year to assume for "Jan 2" style dates. */
  year?: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DASH = "\\s*(?:-|–|—|to|through|until)\\s*";

const YEAR_RANGE = /^(\d{4})\s*(?:-|–|—|\/)\s*(\d{2}|\d{4})$/;
const YEAR = /^(\d{4})$/;
const QUARTER = /^(?:(q[1-4])\s*(\d{4})|(\d{4})\s*(q[1-4]))$/i;
const HALF = /^(?:(h[12])\s*(\d{4})|(\d{4})\s*(h[12]))$/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MONTH_YEAR = new RegExp(`^${MONTH_WORD}\\s+(\\d{4})$`, "i");
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, "i");
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s+${MONTH_WORD},?\\s+(\\d{4})$`, "i");
const MONTH_DAY = new RegExp(`^${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?$`, "i");
const PART_OF = /^(early|mid|middle of|late|end of|start of|beginning of)(?:\s+|-)(\S.*)$/i;
/** Northern-hemisphere seasons: first month and length; winter runs into the next year. */
const SEASONS: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };
const SEASON = /^(spring|summer|autumn|fall|winter)\s+(\d{4})$/i;
const SPAN = new RegExp(`^(.+?)${DASH}(.+)$`, "i");

export function periodToRange(text: string, ctx: PeriodContext = {}): DateRange | null {
  if (typeof text !== "string") return null;
  const t = clean(text);
  if (t === "" || t.length > 60) return null;
  return single(t, ctx) ?? partOf(t, ctx) ?? span(t, ctx);
}

function clean(text: string): string {
  return text
    .replace(/[*_`=]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function single(t: string, ctx: PeriodContext): DateRange | null {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(t))) return years(+m[1], +m[1]);
  if ((m = YEAR_RANGE.exec(t))) {
    const a = +m[1];
    const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + +m[2] : +m[2];
    // "2000-02" is two years; "2026-01" (the end before the start) is a month.
    if (b > a) return years(a, b);
  }
  if ((m = QUARTER.exec(t))) {
    const q = +(m[1] ?? m[4]).slice(1);
    const y = +(m[2] ?? m[3]);
    const start = new Date(y, (q - 1) * 3, 1);
    return range(start, endOfQuarter(start), "quarter");
  }
  if ((m = SEASON.exec(t))) {
    const start = new Date(+m[2], SEASONS[m[1].toLowerCase()], 1);
    return range(start, endOfMonth(new Date(+m[2], SEASONS[m[1].toLowerCase()] + 2, 1)), "month");
  }
  if ((m = HALF.exec(t))) {
    const h = +(m[1] ?? m[4]).slice(1);
    const y = +(m[2] ?? m[3]);
    return range(new Date(y, (h - 1) * 6, 1), endOfMonth(new Date(y, h * 6 - 1, 1)), "month");
  }
  if ((m = ISO_DAY.exec(t))) return day(+m[1], +m[2] - 1, +m[3]);
  if ((m = ISO_MONTH.exec(t))) return +m[2] >= 1 && +m[2] <= 12 ? month(+m[1], +m[2] - 1) : null;
  if ((m = MONTH_YEAR.exec(t))) return month(+m[2], monthIndex(m[1]));
  if ((m = MONTH_DAY_YEAR.exec(t))) return day(+m[3], monthIndex(m[1]), +m[2]);
  if ((m = DAY_MONTH_YEAR.exec(t))) return day(+m[3], monthIndex(m[2]), +m[1]);
  if ((m = MONTH_DAY.exec(t)) && ctx.year) return day(ctx.year, monthIndex(m[1]), +m[2]);
  return null;
}

/**
 * "early/mid/late X": the first, middle or last third of X (for a month: days 1–10, 11–20, 21–end),
 * so a rotation that "started late December 2025" starts on 2025-12-21.
 */
function partOf(t: string, ctx: PeriodContext): DateRange | null {
  const m = PART_OF.exec(t);
  if (!m) return null;
  const whole = single(m[2], ctx);
  if (!whole) return null;
  const a = Date.parse(`${whole.start}T00:00:00Z`);
  const b = Date.parse(`${whole.end}T00:00:00Z`);
  const third = (b - a) / 3;
  const which = m[1].toLowerCase();
  const [from, to] =
    which === "early" || which.startsWith("start") || which.startsWith("beginning")
      ? [a, a + third]
      : which === "late" || which.startsWith("end")
        ? [b - third, b]
        : [a + third, b - third];
  const iso = (ms: number): string => new Date(Math.round(ms / 86400000) * 86400000).toISOString().slice(0, 10);
  return { start: iso(from), end: iso(to), precision: "day" };
}

/** "Sep 2018 – Feb 2019", "Mar 2020 - Nov 2021": both ends, the start's year lent to an end that has none. */
function span(t: string, ctx: PeriodContext): DateRange | null {
  const m = SPAN.exec(t);
  if (!m) return null;
  const a = periodToRange(m[1], ctx) ?? single(`${m[1]} ${yearIn(m[2]) ?? ""}`.trim(), ctx);
  const b = periodToRange(m[2], { year: a ? +a.start.slice(0, 4) : ctx.year });
  if (!a || !b || b.end < a.start) return null;
  return { start: a.start, end: b.end, precision: finer(a.precision, b.precision) };
}

function yearIn(s: string): string | null {
  const m = /(\d{4})/.exec(s);
  return m ? m[1] : null;
}

function finer(a: Precision, b: Precision): Precision {
  const order: Precision[] = ["day", "month", "quarter", "year"];
  return order[Math.min(order.indexOf(a), order.indexOf(b))];
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

function years(a: number, b: number): DateRange | null {
  if (a < 1800 || b > 2200) return null;
  return range(new Date(a, 0, 1), endOfYear(new Date(b, 0, 1)), "year");
}

function month(y: number, m: number): DateRange | null {
  if (m < 0) return null;
  const start = new Date(y, m, 1);
  return range(start, endOfMonth(start), "month");
}

function day(y: number, m: number, d: number): DateRange | null {
  const date = new Date(y, m, d);
  if (m < 0 || !isValid(date) || date.getMonth() !== m) return null;
  return range(date, date, "day");
}

function range(start: Date, end: Date, precision: Precision): DateRange {
  return { start: isoDay(start), end: isoDay(end), precision };
}
