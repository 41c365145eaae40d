/** A `.base` file run over the fake vault as Bases would for a test: its filters, one view's sort, grouping, order and options. */
import { parse } from "yaml";
import {
  BasesEntry,
  BasesEntryGroup,
  BasesQueryResult,
  BasesViewConfig,
  DateValue,
  ListValue,
  NullValue,
  NumberValue,
  StringValue,
  type BasesPropertyId,
  type Value,
} from "../fakes/bases";
import type { App } from "../fakes/app";
import type { TFile } from "../fakes/vault";

interface ViewSpec {
  type: string;
  name: string;
  order?: string[];
  sort?: { property: string; direction: "ASC" | "DESC" }[];
  groupBy?: { property: string; direction: "ASC" | "DESC" };
  [option: string]: unknown;
}

const VIEW_KEYS = new Set(["type", "name", "order", "sort", "groupBy", "filters", "limit", "summaries"]);

/** The query result and config of the view named `viewName` (the first view when omitted). */
export function runBase(app: App, baseText: string, viewName?: string): { config: BasesViewConfig; result: BasesQueryResult } {
  const base = parse(baseText) as { filters?: unknown; properties?: Record<string, { displayName?: string }>; views: ViewSpec[] };
  const view = base.views.find((v) => viewName === undefined || v.name === viewName);
  if (!view) throw new Error(`no view ${viewName ?? ""}`);
  const files = app.vault.getMarkdownFiles().filter((f) => matches(app, f, base.filters) && matches(app, f, view.filters));
  const entries = files.map((f) => new BasesEntry(f, valuesOf(app, f)));
  for (const s of [...(view.sort ?? [])].reverse())
    entries.sort((a, b) => compare(a, b, id(s.property)) * (s.direction === "DESC" ? -1 : 1));
  const displayNames = Object.fromEntries(Object.entries(base.properties ?? {}).map(([k, v]) => [id(k), v.displayName ?? k]));
  const options = Object.fromEntries(Object.entries(view).filter(([k]) => !VIEW_KEYS.has(k)));
  const config = new BasesViewConfig(view.name, options, displayNames);
  const visible = (view.order ?? []).map(id);
  if (!view.groupBy) return { config, result: new BasesQueryResult(entries, undefined, visible) };
  const by = id(view.groupBy.property);
  const keys = [...new Set(entries.map((e) => e.getValue(by)?.toString() ?? ""))].sort();
  if (view.groupBy.direction === "DESC") keys.reverse();
  const groups = keys.map(
    (k) =>
      new BasesEntryGroup(
        entries.filter((e) => (e.getValue(by)?.toString() ?? "") === k),
        k === "" ? NullValue.value : new StringValue(k),
      ),
  );
  return { config, result: new BasesQueryResult(entries, groups, visible) };
}

function id(name: string): BasesPropertyId {
  return (/^(note|formula|file)\./.test(name) ? name : `note.${name}`) as BasesPropertyId;
}

/** Only what the shipped .base files use: file.hasProperty, file.inFolder, and/or/not. Anything else fails the test. */
function matches(app: App, file: TFile, filter: unknown): boolean {
  if (filter === undefined || filter === null) return true;
  if (typeof filter === "string") {
    const m = /^file\.(hasProperty|inFolder)\("([^"]*)"\)$/.exec(filter.trim());
    if (!m) throw new Error(`fake Bases cannot run the filter ${filter}`);
    if (m[1] === "inFolder") return file.path.startsWith(`${m[2]}/`);
    const fm = app.metadataCache.getFileCache(file)?.frontmatter ?? {};
    return Object.prototype.hasOwnProperty.call(fm, m[2]);
  }
  const f = filter as { and?: unknown[]; or?: unknown[]; not?: unknown[] };
  if (f.and) return f.and.every((x) => matches(app, file, x));
  if (f.or) return f.or.some((x) => matches(app, file, x));
  if (f.not) return !f.not.some((x) => matches(app, file, x));
  throw new Error("fake Bases: unknown filter shape");
}

/** Properties as Bases types them: ISO dates as dates, lists, numbers, text. */
function valuesOf(app: App, file: TFile): Map<string, Value> {
  const fm = app.metadataCache.getFileCache(file)?.frontmatter ?? {};
  return new Map(Object.entries(fm).map(([k, v]) => [`note.${k}`, toValue(v)]));
}

function toValue(v: unknown): Value {
  if (Array.isArray(v)) return new ListValue(v.map(toValue));
  if (typeof v === "number") return new NumberValue(String(v));
  if (typeof v === "string") return /^\d{4}-\d{2}-\d{2}$/.test(v) ? new DateValue(v) : new StringValue(v);
  return NullValue.value;
}

function compare(a: BasesEntry, b: BasesEntry, by: BasesPropertyId): number {
  const [x, y] = [a.getValue(by)?.toString() ?? "", b.getValue(by)?.toString() ?? ""];
  // Empty values last, as Bases sorts them.
  if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
}
