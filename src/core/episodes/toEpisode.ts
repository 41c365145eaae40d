/** Turns a group of candidates into one episode: each field from the most deliberate source that has it, with that source's line. */
import { monthsBetween, type Duration } from "../dates/durationToMonths";
import { classifyRotation } from "../taxonomy/classifyRotation";
import { defaultTaxonomy, type Taxonomy } from "../taxonomy/taxonomy";
import { computeDivergence } from "./computeDivergence";
import type { Candidate, Episode, EpisodeField, SourceRef } from "./types";

/** The candidates an episode was made from, so episodes of several notes can be merged again. */
const madeFrom = new WeakMap<Episode, Candidate[]>();

export function candidatesOf(e: Episode): Candidate[] {
  return madeFrom.get(e) ?? [];
}

/** `group` is in priority order (see mergeCandidates.ts); the first candidate that has a field gives it. */
export function toEpisode(group: Candidate[], asOf: string, taxonomy: Taxonomy = defaultTaxonomy): Episode {
  const e = buildEpisode(group, asOf, taxonomy);
  e.foundBy = foundBy(group);
  madeFrom.set(e, group);
  return e;
}

function buildEpisode(group: Candidate[], asOf: string, taxonomy: Taxonomy = defaultTaxonomy): Episode {
  const fieldSources: Partial<Record<EpisodeField, SourceRef>> = {};
  const take = <T>(field: EpisodeField | null, get: (c: Candidate) => T | null, has: (v: T) => boolean = () => true): T | null => {
    for (const c of group) {
      const v = get(c);
      if (v === null || !has(v)) continue;
      // A flow's "ongoing" is a default, not something a line says: no source for it.
      // A rotation a prose reader named from the lexicon ("software → utilities") was not written on any line.
      const unsaid = field === "status" || (field === "rotation" && c.kind !== "table" && c.kind !== "note" && c.kind !== "flow");
      if (field) fieldSources[field] = c.fieldSources[field] ?? (unsaid ? undefined : c.source);
      if (field && fieldSources[field] === undefined) delete fieldSources[field];
      return v;
    }
    return null;
  };
  const nonEmpty = (v: string[]): boolean => v.length > 0;
  const lead = group[0];
  const rotation = take("rotation", (c) => c.rotation) ?? `${lead.from} → ${lead.to}`;
  const start = take("start", (c) => c.start);
  // A rotation read from prose, an alias or a caption has dates but no period written: one is named from them.
  const period = take("period", (c) => c.period) ?? periodOfDates(start, group.find((c) => c.start === start)?.end ?? null);
  const duration = take("duration", (c) => c.duration);
  const durationText = group.find((c) => c.duration === duration)?.durationText ?? take(null, (c) => c.durationText);
  // A one-session mention (a daily note's "another day of it") dates a day of the rotation, not its end.
  const spanning = group.filter((c) => !(c.kind === "prose" && c.start !== null && c.start === c.end));
  const said = take("status", (c) => (spanning.includes(c) || spanning.length === 0 ? c.ongoing : null));
  const endSaid = take("end", (c) => (c.ongoing === true || !(spanning.includes(c) || spanning.length === 0) ? null : c.end));
  // Started and never said to end: still going.
  // An end after the as-of date has not come yet: the rotation is still going.
  const ongoing = (endSaid !== null && endSaid > asOf) || (said ?? (start !== null && endSaid === null && duration === null));
  const end = ongoing ? null : endSaid;
  if (end === null) delete fieldSources.end;
  const sellSide = take("sellSide", (c) => c.sellSide, nonEmpty) ?? [];
  const buySide = take("buySide", (c) => c.buySide, nonEmpty) ?? [];
  const legs =
    take(
      "legs",
      (c) => c.legs,
      (l) => l.length > 0,
    ) ?? [];
  const cls = classifyRotation({ rotation, sell: sellSide, buy: buySide }, taxonomy);
  const stated = take("divergence", (c) => (c.divergenceSource === "stated" ? c.divergencePp : null));
  const computed =
    stated === null ? computeDivergence(legs, [lead.to, ...buySide].join(", "), [lead.from, ...sellSide].join(", "), taxonomy) : null;
  if (computed !== null && fieldSources.legs) fieldSources.divergence = fieldSources.legs;
  return {
    id: "",
    label: period ? `${period}: ${take(null, (c) => c.name) ?? rotation}` : (take(null, (c) => c.name) ?? rotation),
    period,
    start,
    end,
    ongoing,
    durationMonths: ongoing
      ? start
        ? Math.max(0, monthsBetween(start, asOf))
        : null
      : (duration?.months ?? (start && end && end >= start ? monthsBetween(start, dayAfter(end)) : null)),
    durationBound: ongoing ? "atLeast" : (duration?.bound ?? null),
    durationText,
    rotation,
    from: lead.from,
    to: lead.to,
    type: cls.type,
    typeReason: cls.reason,
    trigger: take("trigger", (c) => c.trigger),
    sellSide,
    buySide,
    legs,
    divergencePp: stated ?? computed,
    divergenceSource: stated !== null ? "stated" : computed !== null ? "computed" : null,
    links: [...new Set(group.flatMap((c) => c.links))],
    sources: uniqueSources(group),
    fieldSources,
    ...durationConflict(start, end, ongoing ? null : duration, fieldSources),
  };
}

/**
 * Start, end and a stated length that do not agree (a caption's "Mar 2020 – Nov 2021" against a table's
 * "18 months"): the stated length is kept as written, and the dates' own length is shown as a conflict.
 */
function durationConflict(
  start: string | null,
  end: string | null,
  duration: Duration | null,
  sources: Episode["fieldSources"],
): Pick<Episode, "conflicts"> {
  if (!start || !end || end < start || duration?.months == null || duration.bound !== "exact") return {};
  const byDates = monthsBetween(start, dayAfter(end));
  if (Math.abs(byDates - duration.months) <= 1.5) return {};
  const source = sources.end ?? sources.start ?? sources.duration;
  if (!source) return {};
  return { conflicts: [{ field: "duration", value: `${Math.round(byDates)} months (${start} to ${end})`, source }] };
}

const KIND_NAMES: Record<Candidate["kind"], string> = {
  table: "table",
  note: "properties",
  flow: "flow table",
  prose: "prose",
  alias: "alias",
  caption: "caption",
};

function foundBy(group: Candidate[]): string[] {
  const kinds = [...new Set(group.map((c) => KIND_NAMES[c.kind]))];
  return new Set(group.map((c) => c.source.path)).size > 1 ? [...kinds, "merged"] : kinds;
}

/** Periods are inclusive: "2011" runs to the end of Dec 31, a whole twelve months. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function uniqueSources(group: Candidate[]): SourceRef[] {
  const seen = new Set<string>();
  return group.map((c) => c.source).filter((s) => !seen.has(`${s.path}:${s.line}`) && Boolean(seen.add(`${s.path}:${s.line}`)));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024" for a whole year, "Mar 2024" otherwise; null without a start. */
function periodOfDates(start: string | null, end: string | null): string | null {
  if (start === null || !/^\d{4}-\d{2}-\d{2}$/.test(start)) return null;
  const year = start.slice(0, 4);
  if (start.endsWith("-01-01") && end === `${year}-12-31`) return year;
  return `${MONTHS[Number(start.slice(5, 7)) - 1]} ${year}`;
}
