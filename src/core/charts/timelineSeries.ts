/**
 * The timeline of episodes: ended ones as filled bars, ongoing ones open-ended to the as-of date, in a window that
 * keeps recent rotations legible.
 */
import { yearOf } from "../dates/yearOf";
import type { Episode } from "../episodes/types";
import type { ChartData, ChartSeries } from "./chartData";
import { plural } from "../text/plural";

/** When more than half the episodes started in the last this-many years, the timeline shows those years by default. */
const RECENT_YEARS = 10;

type Base = Pick<ChartData, "title" | "stacked" | "sourceNote" | "sourceLine">;

/** `windowed`: no since: was given, so a default window may apply. */
export function timelineChart(all: Episode[], base: Base, asOf: string, windowed: boolean): ChartData {
  const now = yearOf(asOf);
  const from = windowed ? windowStart(all, now) : null;
  const episodes = from === null ? all : all.filter((e) => e.start === null || yearOf(e.end ?? asOf) >= from);
  const range = (e: Episode): [number, number] | null =>
    e.start ? [yearOf(e.start), e.ongoing || !e.end ? Math.max(now, yearOf(e.start)) : yearOf(e.end)] : null;
  const ended: ChartSeries = {
    label: "Ended",
    kind: "bar",
    values: episodes.map(() => null),
    ranges: episodes.map((e) => (e.ongoing ? null : range(e))),
  };
  const ongoing: ChartSeries = {
    label: `Ongoing, to ${asOf}`,
    kind: "bar",
    values: episodes.map(() => null),
    ranges: episodes.map((e) => (e.ongoing ? range(e) : null)),
    open: true,
  };
  const ends = [...ended.ranges!, ...ongoing.ranges!].filter((r): r is [number, number] => r !== null).flat();
  const low = from ?? Math.floor(ends.reduce((a, b) => Math.min(a, b), Infinity) / 5) * 5;
  const hidden = all.length - episodes.length;
  return {
    ...base,
    title: base.title ?? "Rotations over time",
    labels: episodes.map((e) => e.label),
    horizontal: true,
    unit: "year",
    valueRange: [low, Math.ceil(ends.reduce((a, b) => Math.max(a, b), -Infinity))],
    series: episodes.some((e) => e.ongoing) ? [ended, ongoing] : [{ ...ended, label: "Period" }],
    axes: { label: "Episode", value: "Year" },
    ...(hidden > 0
      ? {
          note: `Since ${from}: ${hidden} older ${plural(hidden, "episode is", "episodes are")} left out; since: ${earliestYear(all)} shows every one.`,
        }
      : {}),
  };
}

/** The first year of the recent window, or null when the episodes are not mostly recent (or all are). */
function windowStart(episodes: Episode[], now: number): number | null {
  const from = Math.floor(now) - RECENT_YEARS + 1;
  const starts = episodes.filter((e) => e.start !== null).map((e) => yearOf(e.start!));
  const recent = starts.filter((y) => y >= from).length;
  return recent * 2 > starts.length && recent < starts.length ? from : null;
}

function earliestYear(episodes: Episode[]): number {
  return Math.floor(episodes.reduce((a, e) => (e.start ? Math.min(a, yearOf(e.start)) : a), Infinity));
}
