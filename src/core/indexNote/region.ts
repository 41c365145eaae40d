/** The generated region of the index note: found by its two marker lines, replaced without touching a byte outside them. */
import type { TextEdit } from "./textEdits";
import { trimEndChars } from "../text/trimChars";
import { liveLines } from "./liveLines";

import { BEGIN, END } from "../parse/generatedRegion";

export type RegionFind =
  { kind: "none" } | { kind: "ok"; bodyStart: number; bodyEnd: number } | { kind: "damaged"; reason: string; line: number };

/** The one edit that sets the region (null when it already holds `generated`), or why the note must be left alone. */
export type RegionEdit = { ok: true; edit: TextEdit | null } | { ok: false; reason: string; line: number };

interface MarkerLine {
  line: number;
  start: number;
  end: number;
}

/** Where the region's body lies (between the end of the begin line and the start of the end line), or why it cannot be used. */
export function findRegion(text: string): RegionFind {
  const begins: MarkerLine[] = [];
  const ends: MarkerLine[] = [];
  const { properties, live } = liveLines(text);
  const inProperties = properties.find((l) => markerOf(l.content) === BEGIN || markerOf(l.content) === END);
  if (inProperties) {
    const fix = "Move it below the properties block's closing --- line (the region is markdown, not YAML).";
    return {
      kind: "damaged",
      reason: `The index note has a marker inside its properties block (line ${inProperties.line}). ${fix}`,
      line: inProperties.line,
    };
  }
  for (const { line, start, end, content } of live) {
    const marker = markerOf(content);
    if (marker === BEGIN) begins.push({ line, start, end });
    else if (marker === END) ends.push({ line, start, end });
  }
  if (begins.length === 0 && ends.length === 0) return { kind: "none" };
  const damaged = diagnose(begins, ends);
  if (damaged) return { kind: "damaged", ...damaged };
  const bodyStart = Math.min(begins[0].end + 1, text.length);
  return { kind: "ok", bodyStart, bodyEnd: ends[0].start };
}

/** A marker line holds the marker alone, indented three spaces at most (four would make it code, or part of a list item). */
function markerOf(content: string): string | null {
  const body = content.trimEnd();
  const indent = body.length - body.trimStart().length;
  return indent <= 3 ? body.trimStart() : null;
}

/** What is wrong with the markers, at the line of the marker to look at first. */
function diagnose(begins: MarkerLine[], ends: MarkerLine[]): { reason: string; line: number } | null {
  const fix = `Keep exactly one line \`${BEGIN}\` above one line \`${END}\`, or delete both to let Rotation Lens add a fresh region at the end.`;
  const at = (line: number, what: string): { reason: string; line: number } => ({ reason: `${what} ${fix}`, line });
  if (begins.length === 0) return at(ends[0].line, `The index note has an end marker on line ${ends[0].line} but no begin marker.`);
  if (ends.length === 0) return at(begins[0].line, `The index note has a begin marker on line ${begins[0].line} but no end marker.`);
  if (begins.length > 1)
    return at(begins[1].line, `The index note has ${begins.length} begin markers (lines ${begins.map((b) => b.line).join(", ")}).`);
  if (ends.length > 1)
    return at(ends[1].line, `The index note has ${ends.length} end markers (lines ${ends.map((e) => e.line).join(", ")}).`);
  if (ends[0].line < begins[0].line)
    return at(ends[0].line, `The index note's end marker (line ${ends[0].line}) comes before its begin marker (line ${begins[0].line}).`);
  return null;
}

/** The edit that sets the region's body to `generated`; a note without markers gets the region appended. */
export function regionEdit(text: string, generated: string): RegionEdit {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const body = trimEndChars(generated.replace(/\r?\n/g, eol), "\r\n");
  const found = findRegion(text);
  if (found.kind === "damaged") return { ok: false, reason: found.reason, line: found.line };
  if (found.kind === "none") {
    // One blank line between the user's text and the region.
    const sep = text === "" || text.endsWith("\n\n") || text.endsWith("\n\r\n") ? "" : text.endsWith("\n") ? eol : eol + eol;
    return { ok: true, edit: { from: text.length, to: text.length, text: `${sep}${BEGIN}${eol}${body}${eol}${END}${eol}` } };
  }
  const wanted = `${body}${eol}`;
  if (text.slice(found.bodyStart, found.bodyEnd) === wanted) return { ok: true, edit: null };
  return { ok: true, edit: { from: found.bodyStart, to: found.bodyEnd, text: wanted } };
}
