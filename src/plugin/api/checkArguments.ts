/**
 * What a script hands the public API, checked before use: a mistake (a misspelt key, "March 2024" for a date, a
 * note named without its folder) is a clear error, never an empty answer that looks like "no episodes".
 */
import { isIsoDay } from "../../core/dates/isoDay";
import type { EpisodeFilter } from "../../core/episodes/filterEpisodes";
import { ROTATION_TYPES } from "../../core/taxonomy/rotationTypes";
import type { EpisodeQuery } from "./publicApi";

const QUERY_KEYS = ["asOf", "type", "since", "ongoing", "note"];

export interface CheckedQuery {
  asOf: string | null;
  filter: EpisodeFilter;
  note: string | null;
}

export function checkQuery(query: EpisodeQuery | undefined): CheckedQuery {
  if (query === undefined || query === null) return { asOf: null, filter: { type: null, since: null, ongoing: null }, note: null };
  if (!isPlainObject(query)) fail(`a query is an object such as { type: "growth-to-value" }, not ${describe(query)}.`);
  const unknown = Object.keys(query).filter((k) => !QUERY_KEYS.includes(k));
  if (unknown.length > 0) fail(`unknown query key ${unknown.map((k) => `"${k}"`).join(", ")}; a query takes ${QUERY_KEYS.join(", ")}.`);
  return {
    asOf: query.asOf === undefined ? null : checkAsOf(query.asOf),
    filter: { type: checkType(query.type), since: checkSince(query.since), ongoing: checkOngoing(query.ongoing) },
    note: query.note === undefined ? null : notePath(query.note),
  };
}

function checkAsOf(asOf: unknown): string {
  if (typeof asOf !== "string" || !isIsoDay(asOf)) fail(`asOf must be a date written YYYY-MM-DD, not ${describe(asOf)}.`);
  return asOf;
}

/** A vault path as Obsidian writes it: no leading slash, ".md" added when left out ("Research/Energy 2022"). */
export function notePath(path: unknown): string {
  if (typeof path !== "string" || path.trim() === "")
    fail(`a note is given by its vault path, such as "Research/Energy 2022.md", not ${describe(path)}.`);
  const trimmed = path.trim().replace(/^\/+/, "");
  return trimmed.toLowerCase().endsWith(".md") ? trimmed : `${trimmed}.md`;
}

function checkType(type: unknown): string | null {
  if (type === undefined) return null;
  if (typeof type !== "string" || !(ROTATION_TYPES as string[]).includes(type.toLowerCase()))
    fail(`type must be one of ${ROTATION_TYPES.join(", ")}; not ${describe(type)}.`);
  return type.toLowerCase();
}

/** A year, a month or a day: 2024, "2024", "2024-03" or "2024-03-15". */
function checkSince(since: unknown): string | null {
  if (since === undefined) return null;
  const text = typeof since === "number" && Number.isInteger(since) ? String(since) : since;
  const ok = typeof text === "string" && (/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text) || isIsoDay(text));
  if (!ok) fail(`since must be a year, a month or a day (2024, "2024-03" or "2024-03-15"), not ${describe(since)}.`);
  return text;
}

function checkOngoing(ongoing: unknown): boolean | null {
  if (ongoing === undefined) return null;
  if (typeof ongoing !== "boolean") fail(`ongoing must be true or false, not ${describe(ongoing)}.`);
  return ongoing;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
}

export function fail(message: string): never {
  throw new Error(`Rotation Lens API: ${message}`);
}
