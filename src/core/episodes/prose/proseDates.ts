/**
 * Dates a rotation stated in prose: from its sentence, else its line, else its section heading, else the daily note's
 * own date; never from a created/updated stamp.
 */
import { datesInText, type TextDate } from "../../dates/datesInText";

export interface ProseDates {
  start: string | null;
  end: string | null;
  /** The start is a day the note itself names (a daily note's date) and the rotation lasted that session. */
  oneSession: boolean;
  /** Line the start was read from. */
  line: number | null;
}

const START_WORDS = new Set(["since", "began", "begun", "started", "starting", "from", "beginning", "in"]);
const END_WORDS = new Set(["until", "till", "by", "to", "through"]);
const ONE_SESSION = ["today", "on the day", "one session", "single session", "rotation day", "this session", "intraday"];

export interface DateContext {
  /** Year lent to a month written without one. */
  year?: number;
  /** The daily note's date, "2025-03-07". */
  day?: string;
  heading?: { text: string; line: number } | null;
}

/** `at` is where the movement sits in the line: a date before it is when it happened, one after it may be when it ended. */
export function proseDates(line: string, lineNo: number, at: number, ctx: DateContext): ProseDates {
  const dates = datesInText(line, { year: ctx.year });
  const lower = line.toLowerCase();
  const session = ONE_SESSION.some((w) => lower.includes(w));
  const head = ctx.heading ? datesInText(ctx.heading.text, { year: ctx.year })[0] : undefined;
  // A date only after the movement ("by the close on Oct 9") is when it ended; the section's own date comes first.
  const start = pickStart(dates, at, head !== undefined);
  if (start) {
    const end = pickEnd(dates, start);
    if (session && start.start === start.end) return { start: start.start, end: start.start, oneSession: true, line: lineNo };
    return { start: start.start, end: end ?? spanEnd(start), oneSession: false, line: lineNo };
  }
  if (head) {
    if (session) return { start: head.start, end: head.start, oneSession: true, line: ctx.heading?.line ?? null };
    return { start: head.start, end: pickEnd(dates, head) ?? null, oneSession: false, line: ctx.heading?.line ?? null };
  }
  if (ctx.day) return { start: ctx.day, end: ctx.day, oneSession: true, line: null };
  return { start: null, end: null, oneSession: false, line: null };
}

/** A span ("Mar 9 to Mar 20, 2020", "Q3 2019") ends where it says; a single month or day does not end the rotation. */
function spanEnd(d: TextDate): string | null {
  return d.span ? d.end : null;
}

function pickStart(dates: TextDate[], at: number, headingDated: boolean): TextDate | null {
  const known = dates.find((d) => START_WORDS.has(d.before)) ?? [...dates].reverse().find((d) => d.at < at);
  if (known || headingDated) return known ?? null;
  return dates.find((d) => d.at > at && !END_WORDS.has(d.before)) ?? dates.find((d) => d.at > at) ?? null;
}

function pickEnd(dates: TextDate[], start: TextDate): string | null {
  const end = dates.find((d) => d.at > start.at && END_WORDS.has(d.before) && d.end >= start.start);
  return end ? end.end : null;
}
