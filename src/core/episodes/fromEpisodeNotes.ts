/** Source (b): a note whose properties hold `rotation` is one episode (period, start, end, trigger, sell, buy, duration, legs, status). */
import { linkFreeText } from "../parse/inline";
import type { NoteModel, Problem } from "../model/types";
import { periodToRange } from "../dates/periodToRange";
import { emptyCandidate, setDuration, setPeriod, settleEnds, wikiTargets } from "./candidate";
import { propertyLines } from "./propertyLines";
import { legsIn } from "./sides";
import type { Candidate, SourceRef } from "./types";

const EPISODE_KEYS = ["rotation", "period", "start", "end", "trigger", "sell", "buy", "duration", "legs", "status"];

export function fromEpisodeNote(note: NoteModel, text: string, problems: Problem[] = []): Candidate | null {
  const p = note.properties;
  const rotation = scalar(p.rotation);
  if (rotation === null || note.frontmatter === null) return null;
  const lines = propertyLines(text, note.frontmatter.endLine);
  const at = (key: string): SourceRef => ({ path: note.path, line: lines.get(key) ?? note.frontmatter?.line ?? 1, heading: null });
  const c = emptyCandidate("note", at("rotation"));
  c.rotation = linkFreeText(rotation);
  c.fieldSources.rotation = at("rotation");
  const period = scalar(p.period);
  if (period) setPeriod(c, period, at("period"), problems);
  readBound(c, "start", scalar(p.start), at("start"), problems);
  readBound(c, "end", scalar(p.end), at("end"), problems);
  if (c.start && c.end && c.end < c.start) {
    problems.push({ line: at("end").line, message: `end ${c.end} is before start ${c.start}; the end is left out` });
    c.end = null;
    delete c.fieldSources.end;
  }
  if (!c.period && c.start) {
    c.period = scalar(p.end) ? `${scalar(p.start)} – ${scalar(p.end)}` : scalar(p.start);
    c.fieldSources.period = at("start");
  }
  // A list of triggers reads like the sides: "[Tariffs, "[[Fed]]"]" → "Tariffs, Fed".
  const trigger = scalar(p.trigger) ?? (Array.isArray(p.trigger) ? list(p.trigger).join(", ") || null : null);
  if (trigger) [c.trigger, c.fieldSources.trigger] = [trigger, at("trigger")];
  c.sellSide = list(p.sell);
  c.buySide = list(p.buy);
  if (c.sellSide.length) c.fieldSources.sellSide = at("sell");
  if (c.buySide.length) c.fieldSources.buySide = at("buy");
  const duration = scalar(p.duration);
  if (duration) setDuration(c, duration, at("duration"), problems);
  readStatus(c, scalar(p.status), at("status"), problems);
  const legs = list(p.legs);
  c.legs = legsIn(legs.join(", "), at("legs"));
  if (c.legs.length) c.fieldSources.legs = at("legs");
  else if (legs.length)
    problems.push({ line: at("legs").line, message: `legs ${JSON.stringify(legs)}: write each as a ticker and a move, e.g. "XLE +55%"` });
  c.links = [...new Set(EPISODE_KEYS.flatMap((k) => wikiTargets(list(p[k], true).join(" "))))];
  settleEnds(c);
  return c;
}

function readBound(c: Candidate, which: "start" | "end", value: string | null, source: SourceRef, problems: Problem[]): void {
  if (!value) return;
  const range = periodToRange(value);
  if (!range) {
    problems.push({ line: source.line, message: `${which} "${value}" is not a date Rotation Lens can read (use YYYY-MM-DD or YYYY-MM)` });
    return;
  }
  c[which] = which === "start" ? range.start : range.end;
  c.fieldSources[which] = source;
}

function readStatus(c: Candidate, status: string | null, source: SourceRef, problems: Problem[]): void {
  const s = status?.toLowerCase() ?? null;
  if (s === "ongoing" || s === "ended") {
    c.ongoing = s === "ongoing";
    c.fieldSources.status = source;
  } else if (s !== null) problems.push({ line: source.line, message: `status "${status ?? ""}" is neither ongoing nor ended` });
  if (c.ongoing === null && c.end !== null) c.ongoing = false;
}

function scalar(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  return null;
}

/** A property list as text items; wikilinks shown as their alias or name unless `raw`. */
function list(v: unknown, raw = false): string[] {
  const items = Array.isArray(v) ? v : typeof v === "string" ? (raw ? [v] : v.split(",")) : [];
  return items
    .filter((x): x is string | number => typeof x === "string" || typeof x === "number")
    .map((x) => String(x).trim())
    .filter((x) => x !== "")
    .map((x) => (raw ? x : x.replace(/^\[\[([^\]|]*\|)?([^\]]*)\]\]$/, "$2")));
}
