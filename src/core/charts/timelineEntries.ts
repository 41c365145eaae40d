/** Any list of dated entries (Bases rows, notes) as the timeline's ChartData: one floating bar each, one series per colour key. */
import { periodToRange } from "../dates/periodToRange";
import { yearOf } from "../dates/yearOf";
import type { ChartData, ChartSeries } from "./chartData";

export interface TimelineEntry {
  label: string;
  /** As written: an ISO date, YYYY-MM, or any period Rotation Lens reads ("2022", "2018 Q4"); a time after the date is ignored. */
  start: string | null;
  end: string | null;
  /** Entries sharing a key share a colour (and a legend entry); null is "no value". */
  colourKey: string | null;
  /** Without a usable end, an ongoing entry runs to the as-of date. */
  ongoing: boolean;
  /** Lines shown on hover. */
  details?: string[];
}

export interface TimelineOptions {
  title: string | null;
  /** yyyy-MM-dd: where ongoing bars end. */
  asOf: string;
  sourceNote: string;
  /** Legend label for entries whose colour key is null. */
  noKeyLabel: string;
}

export interface TimelineResult {
  /** null when no entry has usable dates. */
  chart: ChartData | null;
  /** For each label of the chart, the index of its entry (a click opens that entry). */
  entryOf: number[];
  /** Entries left out: no start, or dates that cannot be read or run backwards. */
  undated: number;
}

export function timelineFromEntries(entries: TimelineEntry[], opts: TimelineOptions): TimelineResult {
  const drawn: { entry: TimelineEntry; index: number; range: [number, number] }[] = [];
  entries.forEach((entry, index) => {
    const range = yearRange(entry, opts.asOf);
    if (range) drawn.push({ entry, index, range });
  });
  const undated = entries.length - drawn.length;
  if (drawn.length === 0) return { chart: null, entryOf: [], undated };
  const keys = [...new Set(drawn.map((d) => d.entry.colourKey))];
  const series: ChartSeries[] = keys.map((key) => ({
    label: key ?? opts.noKeyLabel,
    kind: "bar",
    values: drawn.map(() => null),
    ranges: drawn.map((d) => (d.entry.colourKey === key ? d.range : null)),
  }));
  const ends = drawn.flatMap((d) => d.range);
  const valueRange: [number, number] = [
    Math.floor(ends.reduce((a, b) => Math.min(a, b), Infinity) / 5) * 5,
    Math.ceil(ends.reduce((a, b) => Math.max(a, b), -Infinity)),
  ];
  const chart: ChartData = {
    title: opts.title,
    labels: drawn.map((d) => d.entry.label),
    series,
    stacked: false,
    horizontal: true,
    valueRange,
    unit: "year",
    sourceNote: opts.sourceNote,
    sourceLine: null,
  };
  if (drawn.some((d) => d.entry.details)) chart.tooltips = drawn.map((d) => d.entry.details ?? []);
  return { chart, entryOf: drawn.map((d) => d.index), undated };
}

/** [start, end] in fractional years, or null when the entry cannot be placed. */
function yearRange(entry: TimelineEntry, asOf: string): [number, number] | null {
  const start = bound(entry.start, "start");
  if (start === null) return null;
  const written = entry.end !== null && entry.end.trim() !== "";
  const end = written ? bound(entry.end, "end") : entry.ongoing ? asOf : null;
  if (end === null || end < start) return null;
  return [yearOf(start), yearOf(end)];
}

/** The first (start) or last (end) day of what was written, read as a period; null when unreadable. */
export function bound(text: string | null, which: "start" | "end"): string | null {
  if (text === null) return null;
  // A date-time ("2022-01-01T00:00", "2022-01-01 09:30") counts as its day.
  const t = /^\d{4}-\d{2}-\d{2}[T ]/.test(text) ? text.slice(0, 10) : text.trim();
  const range = periodToRange(t);
  if (!range) return null;
  return which === "start" ? range.start : range.end;
}
