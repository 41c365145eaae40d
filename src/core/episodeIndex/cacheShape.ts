/** Checks that a cache entry read back from disk has the shape the index expects, field by field, before it is trusted. */
import type { Candidate, NoteExtraction, SourceKind, SourceRef } from "../episodes/types";

/** Every kind of source, checked by the compiler against SourceKind: a new kind cannot be forgotten here. */
const KINDS: Record<SourceKind, true> = { table: true, note: true, flow: true, prose: true, alias: true, caption: true };

export interface CachedNote {
  mtime: number;
  size: number;
  extraction: NoteExtraction;
}

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => v !== null && typeof v === "object" && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const strOrNull = (v: unknown): boolean => v === null || isStr(v);
const numOrNull = (v: unknown): boolean => v === null || isNum(v);
const strList = (v: unknown): boolean => Array.isArray(v) && v.every(isStr);
const listOf = (v: unknown, ok: (x: unknown) => boolean): boolean => Array.isArray(v) && v.every(ok);

function isSource(v: unknown): v is SourceRef {
  return isRec(v) && isStr(v.path) && isNum(v.line) && strOrNull(v.heading);
}

function isCandidate(v: unknown): v is Candidate {
  if (!isRec(v) || !isSource(v.source) || !(isStr(v.kind) && Object.prototype.hasOwnProperty.call(KINDS, v.kind))) return false;
  const texts = [v.period, v.start, v.end, v.rotation, v.trigger, v.durationText, v.name, v.expression].every(strOrNull);
  const sides = isStr(v.from) && isStr(v.to) && strList(v.sellSide) && strList(v.buySide) && strList(v.links);
  const legs = listOf(v.legs, (l) => isRec(l) && isStr(l.ticker) && isNum(l.change) && isStr(l.raw) && isSource(l.source));
  const rest =
    (v.ongoing === null || typeof v.ongoing === "boolean") &&
    numOrNull(v.divergencePp) &&
    (v.duration === null || isRec(v.duration)) &&
    (v.partial === undefined || typeof v.partial === "boolean");
  return texts && sides && legs && rest && isRec(v.fieldSources) && Object.values(v.fieldSources).every(isSource);
}

/** A cache entry whose every candidate and problem is well formed; anything else is read from the note again. */
export function isCachedNote(v: unknown): v is CachedNote {
  if (!isRec(v) || !isNum(v.mtime) || !isNum(v.size) || !isRec(v.extraction)) return false;
  const { candidates, problems } = v.extraction;
  return listOf(candidates, isCandidate) && listOf(problems, (p) => isRec(p) && isNum(p.line) && isStr(p.message));
}
