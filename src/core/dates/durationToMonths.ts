/** Reads durations ("Full year", "18 months", "2+ years", "2-4 weeks", "1-2 quarters", "Ongoing") into months. */
import { getDaysInMonth } from "date-fns";

export type DurationBound = "exact" | "atLeast" | "atMost" | "range";

export interface Duration {
  months: number | null;
  bound: DurationBound;
  low?: number;
  high?: number;
  approx: boolean;
  ongoing: boolean;
}

/** Average month, so weeks and days convert without calendar quirks. */
const DAYS_PER_MONTH = 30.4375;
const PER_UNIT: Record<string, number> = { day: 1 / DAYS_PER_MONTH, week: 7 / DAYS_PER_MONTH, month: 1, quarter: 3, year: 12 };
/** Matched against text whose white space is folded, so every gap is ` ?` (linear time on any input). */
const DURATION =
  /^(~|≈|about )?(\d+(?:\.\d+)?)(?: ?(?:-|–|to) ?(\d+(?:\.\d+)?))? ?(\+)? ?(days?|weeks?|wks?|months?|mos?|quarters?|qtrs?|years?|yrs?)(\+)?$/i;

export function durationToMonths(text: string): Duration | null {
  if (typeof text !== "string") return null;
  // Runs of spaces collapse first, so the pattern's optional spaces never compete for one long run.
  const t = text.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
  if (t === "") return null;
  if (/^(ongoing|current|in progress|active|now)\b/.test(t)) return { months: null, bound: "exact", approx: false, ongoing: true };
  const full = /^full (year|quarter|month)(\+)?$/.exec(t);
  if (full) return { months: PER_UNIT[full[1]], bound: full[2] ? "atLeast" : "exact", approx: false, ongoing: false };
  const m = DURATION.exec(t);
  if (!m) return null;
  const unit = PER_UNIT[unitKey(m[5])];
  const a = +m[2] * unit;
  const approx = Boolean(m[1]);
  if (m[3] !== undefined) {
    const b = +m[3] * unit;
    return { months: round((a + b) / 2), bound: "range", low: round(Math.min(a, b)), high: round(Math.max(a, b)), approx, ongoing: false };
  }
  return { months: round(a), bound: m[4] || m[6] ? "atLeast" : "exact", approx, ongoing: false };
}

function unitKey(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith("d")) return "day";
  if (w.startsWith("w")) return "week";
  if (w.startsWith("q")) return "quarter";
  if (w.startsWith("y")) return "year";
  return "month";
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Months from one ISO date to another, to two decimals (an ongoing rotation's age at the as-of date):
 * whole calendar months, plus the leftover days as a fraction of the start's month, so a calendar
 * year is exactly 12.
 */
export function monthsBetween(startIso: string, endIso: string): number {
  const a = new Date(`${startIso}T00:00:00Z`);
  const b = new Date(`${endIso}T00:00:00Z`);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return 0;
  const whole = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  return round(whole + (b.getUTCDate() - a.getUTCDate()) / getDaysInMonth(a));
}
