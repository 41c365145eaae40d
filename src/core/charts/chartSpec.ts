/** What a rotation-chart block asks for, read from its YAML with a message for every mistake. */
import { parseNoteRef, type NoteRef } from "../model/noteRef";
import { shown, textListOf, textOf, wholeNumberOf } from "../parse/blockYaml";
import { ROTATION_TYPES } from "../taxonomy/classifyRotation";
import type { EpisodeFilter } from "../episodes/filterEpisodes";

export type TableChartType = "bar" | "line" | "scatter" | "stacked bar";
export type EpisodeChartType = "timeline" | "divergence" | "duration" | "leaderboard";

export interface TableChartSpec {
  data: "table";
  source: NoteRef;
  table: number;
  x: string | null;
  y: string[];
  type: TableChartType;
  title: string | null;
  unit: string | null;
  cumulative: boolean;
  benchmark: string | null;
}

export interface EpisodeChartSpec {
  data: "episodes";
  type: EpisodeChartType;
  filter: EpisodeFilter;
  title: string | null;
  unit: string | null;
}

export type ChartSpec = TableChartSpec | EpisodeChartSpec;
export type SpecResult = { ok: true; spec: ChartSpec } | { ok: false; error: string };

const TABLE_KEYS = ["data", "source", "table", "x", "y", "type", "title", "unit", "cumulative", "benchmark"];
const EPISODE_KEYS = ["data", "type", "title", "unit", "filter", "since", "ongoing", "rotation"];
const FILTER_KEYS = ["type", "since", "ongoing"];
const TABLE_TYPES: TableChartType[] = ["bar", "line", "scatter", "stacked bar"];
const EPISODE_TYPES: EpisodeChartType[] = ["timeline", "divergence", "duration", "leaderboard"];

export function readChartSpec(data: Record<string, unknown>): SpecResult {
  const kind = textOf(data.data)?.toLowerCase() ?? "table";
  if (kind === "episodes") return readEpisodeSpec(data);
  if (kind !== "table") return fail(`data: "${shown(data.data)}" is not known; use "table" (the default) or "episodes".`);
  // The likeliest first mistake: an episodes chart's type without `data: episodes` (the table reader would say less).
  const episodesType = textOf(data.type)?.toLowerCase();
  if (episodesType !== undefined && (EPISODE_TYPES as string[]).includes(episodesType))
    return fail(`type: ${episodesType} charts the vault's episodes: add data: episodes to the block.`);
  const unknown = Object.keys(data).filter((k) => !TABLE_KEYS.includes(k));
  if (unknown.length) return fail(`Unknown setting ${quoteList(unknown)}. A table chart takes: ${TABLE_KEYS.join(", ")}.`);
  const type = (textOf(data.type)?.toLowerCase().replace(/[-_]/g, " ") ?? "bar") as TableChartType;
  if (!TABLE_TYPES.includes(type)) return fail(`type: "${shown(data.type)}" is not a chart type; use ${TABLE_TYPES.join(", ")}.`);
  const table = wholeNumberOf(data.table, 1);
  if (!Number.isInteger(table) || table < 1) return fail("table: must be a whole number from 1 (the first table under the source).");
  const y = data.y === undefined ? [] : textListOf(data.y);
  if (y === null) return fail("y: must be a column name or a list of column names.");
  return {
    ok: true,
    spec: {
      data: "table",
      source: parseNoteRef(textOf(data.source)),
      table,
      x: data.x === undefined ? null : textOf(data.x),
      y,
      type,
      title: textOf(data.title),
      unit: textOf(data.unit),
      cumulative: data.cumulative === true,
      benchmark: data.benchmark === undefined ? null : textOf(data.benchmark),
    },
  };
}

function readEpisodeSpec(data: Record<string, unknown>): SpecResult {
  const unknown = Object.keys(data).filter((k) => !EPISODE_KEYS.includes(k));
  if (unknown.length) return fail(`Unknown setting ${quoteList(unknown)}. An episodes chart takes: ${EPISODE_KEYS.join(", ")}.`);
  const type = (textOf(data.type)?.toLowerCase() ?? "timeline") as EpisodeChartType;
  if (!EPISODE_TYPES.includes(type)) return fail(`type: "${shown(data.type)}" is not an episodes chart; use ${EPISODE_TYPES.join(", ")}.`);
  const nested = readFilter(data.filter);
  if (typeof nested === "string") return fail(nested);
  const rotationType = textOf(nested.type ?? data.rotation);
  if (rotationType !== null && !(ROTATION_TYPES as string[]).includes(rotationType.toLowerCase()))
    return fail(`type: "${rotationType}" in filter: is not a rotation type; use ${ROTATION_TYPES.join(", ")}.`);
  const since = textOf(nested.since ?? data.since);
  if (since !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(since)) return fail("since: use a year or a date, like 2000 or 2020-03.");
  const ongoing = nested.ongoing ?? data.ongoing;
  if (ongoing !== undefined && typeof ongoing !== "boolean") return fail("ongoing: use true or false.");
  return {
    ok: true,
    spec: {
      data: "episodes",
      type,
      filter: { type: rotationType, since, ongoing: typeof ongoing === "boolean" ? ongoing : null },
      title: textOf(data.title),
      unit: textOf(data.unit),
    },
  };
}

/** The `filter:` mapping (absent or empty is no filter), or the message for what it holds wrongly. */
function readFilter(filter: unknown): Record<string, unknown> | string {
  if (filter === undefined || filter === null) return {};
  if (typeof filter !== "object" || Array.isArray(filter))
    return "filter: give its keys under it, for example filter: {type: growth-to-value, since: 2000}.";
  const unknown = Object.keys(filter).filter((k) => !FILTER_KEYS.includes(k));
  if (unknown.length) return `Unknown filter ${quoteList(unknown)}. filter: takes: ${FILTER_KEYS.join(", ")}.`;
  return filter as Record<string, unknown>;
}

function fail(error: string): SpecResult {
  return { ok: false, error };
}

function quoteList(keys: string[]): string {
  return keys.map((k) => `"${k}"`).join(", ");
}
