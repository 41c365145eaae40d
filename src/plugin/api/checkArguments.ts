/**
 * What a script hands the public API, checked before use: a mistake (a misspelt key, "March 2024" for a date, a
 * note named without its folder) is a clear error, never an empty answer that looks like "no episodes".
 */
import { isIsoDay } from "../../core/dates/isoDay";
import type { EpisodeFilter } from "../../core/episodes/filterEpisodes";
import { ROTATION_TYPES } from "../../core/taxonomy/rotationTypes";
import type { RotationInput } from "../../core/taxonomy/classifyRotation";
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
  // A key given as null (as JSON writes "no value") is a key left out.
  const given = (key: keyof EpisodeQuery): unknown => query[key] ?? undefined;
  return {
    asOf: given("asOf") === undefined ? null : checkAsOf(given("asOf")),
    filter: { type: checkType(given("type")), since: checkSince(given("since")), ongoing: checkOngoing(given("ongoing")) },
    note: given("note") === undefined ? null : notePath(given("note")),
  };
}

function checkAsOf(asOf: unknown): string {
  if (typeof asOf !== "string" || !isIsoDay(asOf)) fail(`asOf must be a date written YYYY-MM-DD, not ${describe(asOf)}.`);
  return asOf;
}

/** A vault path as Obsidian writes it: one slash between folders, none leading, ".md" added when left out ("Research/Energy 2022"). */
export function notePath(path: unknown): string {
  if (typeof path !== "string" || path.trim() === "")
    fail(`a note is given by its vault path, such as "Research/Energy 2022.md", not ${describe(path)}.`);
  // Backslashes and doubled slashes as Obsidian's normalizePath reads them.
  const trimmed = path
    .trim()
    .replace(/[\\/]+/g, "/")
    .replace(/^\//, "");
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

const SIDE_KEYS = ["rotation", "sell", "buy"];

/** rotationType's input: a rotation's text, or `{ rotation, sell, buy }` with text or lists of text. */
export function checkRotationInput(input: unknown): RotationInput {
  if (typeof input === "string" && input.trim() !== "") return { rotation: input };
  const example = 'a rotation\'s text such as "Growth → Value", or { sell: ["XLK"], buy: ["XLU"] }';
  if (!isPlainObject(input)) fail(`rotationType takes ${example}, not ${describe(input)}.`);
  const unknown = Object.keys(input).filter((k) => !SIDE_KEYS.includes(k));
  if (unknown.length > 0) fail(`unknown key ${unknown.map((k) => `"${k}"`).join(", ")}; rotationType takes rotation, sell, buy.`);
  const textual = (v: unknown): boolean =>
    v === undefined || v === null || typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string"));
  // A rotation is one text; sides may list several.
  const wrong = SIDE_KEYS.filter((k) => !textual(input[k]) || (k === "rotation" && Array.isArray(input[k])));
  if (wrong.length > 0) {
    const [k] = wrong;
    fail(`${k} must be ${k === "rotation" ? "text" : "text or a list of text"}, not ${describe(input[k])}.`);
  }
  const names = (v: unknown): boolean =>
    typeof v === "string" ? v.trim() !== "" : Array.isArray(v) && v.some((x) => String(x).trim() !== "");
  if (!SIDE_KEYS.some((k) => names(input[k]))) fail(`rotationType takes ${example}; this one names nothing.`);
  return input;
}

/** `{ … }` as a script writes it: not a list, a date or another class's instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  // Any window's Object.prototype (a popout, a script's own realm) is the end of its chain; a Date's or a list's is not.
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

export function describe(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number" || typeof value === "boolean") return `a ${typeof value} (${value})`;
  if (typeof value !== "object") return `a ${typeof value}`;
  const made = (value as { constructor?: { name?: string } }).constructor?.name;
  if (isPlainObject(value) || !made || made === "Object") return "an object";
  return `${/^[AEIOU]/.test(made) ? "an" : "a"} ${made}`;
}

export function fail(message: string): never {
  throw new Error(`Rotation Lens API: ${message}`);
}
