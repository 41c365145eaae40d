/**
 * Dates of table rows that agree with each other: a date in the Duration column, a duration shorter than its period,
 * and dated regime rows that last until the next row.
 */
import { addMonths, subDays } from "date-fns";
import { datesInText } from "../dates/datesInText";
import { periodToRange } from "../dates/periodToRange";
import { isoDay } from "../dates/isoDay";
import type { Candidate, SourceRef } from "./types";

/** "one session, Oct 3": a Duration cell that is a date makes a one-session episode on that day. */
export function dateInDuration(c: Candidate, text: string, source: SourceRef): boolean {
  if (!text || /^\s*(ongoing|current)/i.test(text)) return false;
  const year = c.start ? Number(c.start.slice(0, 4)) : undefined;
  const dates = datesInText(text, { year });
  if (dates.length !== 1 || dates[0].start !== dates[0].end) return false;
  c.start = dates[0].start;
  c.end = dates[0].start;
  c.ongoing = false;
  c.durationText = text.trim();
  c.fieldSources.start = source;
  c.fieldSources.end = source;
  return true;
}

/**
 * Two of start, end and duration give the third: "2020-21" lasting "18 months" ends in June 2021, not
 * December. Only a period written in whole years is narrowed; a month range says its own end.
 */
export function agreeDuration(c: Candidate): void {
  const d = c.duration;
  if (!c.start || !c.period || !d || d.ongoing || d.months === null || d.bound !== "exact" || d.months < 1) return;
  if (periodToRange(c.period)?.precision !== "year") return;
  const end = isoDay(subDays(addMonths(new Date(`${c.start}T00:00:00`), Math.round(d.months)), 1));
  if (!c.end || end < c.end) c.end = end;
}

/**
 * Rows dated to a day, in order, with no duration column: a log of regime changes, where each regime
 * lasts until the next row begins and the last one is still in force.
 */
export function untilNextRow(rows: Candidate[], noDuration: boolean): Candidate[] {
  const dayRows = rows.filter((c) => c.start !== null && c.start === c.end);
  if (!noDuration || dayRows.length < 2 || dayRows.length !== rows.length) return rows;
  for (let i = 0; i < rows.length - 1; i++) if ((rows[i].start as string) > (rows[i + 1].start as string)) return rows;
  rows.forEach((c, i) => {
    const next = rows[i + 1];
    c.end = next ? next.start : null;
    c.ongoing = next ? false : null;
    if (!next) delete c.fieldSources.end;
  });
  return rows;
}
