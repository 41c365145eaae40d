/** Source (b): a note whose properties hold `rotation` is one episode (period, start, end, trigger, sell, buy, duration, legs, status). */
import type { NoteModel } from "../model/types";
import { periodToRange } from "../dates/periodToRange";
import { emptyCandidate, setDuration, setPeriod, settleEnds } from "./candidate";
import { legsIn } from "./sides";
import type { Candidate, SourceRef } from "./types";

export function fromEpisodeNote(note: NoteModel, text: string): Candidate | null {
  const p = note.properties;
  const rotation = scalar(p.rotation);
  if (rotation === null || note.frontmatter === null) return null;
  const lines = propertyLines(text, note.frontmatter.endLine);
  const at = (key: string): SourceRef => ({ path: note.path, line: lines.get(key) ?? note.frontmatter?.line ?? 1, heading: null });
  const c = emptyCandidate("note", at("rotation"));
  c.rotation = rotation;
  c.fieldSources.rotation = at("rotation");
  const period = scalar(p.period);
  if (period) setPeriod(c, period, at("period"));
  const start = scalar(p.start);
  const startRange = start ? periodToRange(start) : null;
  if (startRange) {
    c.start = startRange.start;
    c.fieldSources.start = at("start");
  }
  const end = scalar(p.end);
  const endRange = end ? periodToRange(end) : null;
  if (endRange) {
    c.end = endRange.end;
    c.fieldSources.end = at("end");
  }
  if (!c.period && start) c.period = end ? `${start} – ${end}` : start;
  const trigger = scalar(p.trigger);
  if (trigger) {
    c.trigger = trigger;
    c.fieldSources.trigger = at("trigger");
  }
  c.sellSide = list(p.sell);
  c.buySide = list(p.buy);
  if (c.sellSide.length) c.fieldSources.sellSide = at("sell");
  if (c.buySide.length) c.fieldSources.buySide = at("buy");
  const duration = scalar(p.duration);
  if (duration) setDuration(c, duration, at("duration"));
  const status = scalar(p.status)?.toLowerCase();
  if (status === "ongoing" || status === "ended") {
    c.ongoing = status === "ongoing";
    c.fieldSources.status = at("status");
  } else if (endRange && c.ongoing === null) c.ongoing = false;
  c.legs = legsIn(list(p.legs).join(", "), at("legs"));
  if (c.legs.length) c.fieldSources.legs = at("legs");
  c.links = [...[...list(p.sell, true), ...list(p.buy, true)].filter((s) => s.startsWith("[[")).map((s) => s.slice(2, -2).split("|")[0])];
  settleEnds(c);
  return c;
}

function scalar(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  return null;
}

/** A property list as text items; wikilinks shown as their alias or name unless `raw`. */
function list(v: unknown, raw = false): string[] {
  const items = Array.isArray(v) ? v : typeof v === "string" ? v.split(",") : [];
  return items
    .filter((x): x is string | number => typeof x === "string" || typeof x === "number")
    .map((x) => String(x).trim())
    .filter((x) => x !== "")
    .map((x) => (raw ? x : x.replace(/^\[\[([^\]|]*\|)?([^\]]*)\]\]$/, "$2")));
}

/** Line of each top-level property key inside the front matter. */
function propertyLines(text: string, endLine: number): Map<string, number> {
  const map = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/, endLine);
  for (let i = 1; i < lines.length; i++) {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i]);
    if (m && !map.has(m[1])) map.set(m[1], i + 1);
  }
  return map;
}
