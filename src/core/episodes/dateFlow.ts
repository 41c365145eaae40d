/** Dates a flow: its properties, a Date | Event row that says the rotation begins, a Timing line, or the period in its heading or title. */
import { foldSpaces } from "../text/foldSpaces";
import type { Heading, NoteModel } from "../model/types";
import { periodToRange } from "../dates/periodToRange";
import { inFlowScope } from "./flowScope";
import { normalizeLabel } from "../model/labels";
import type { Candidate, SourceRef } from "./types";

type Try = [text: string | undefined, line: number];

export function dateFlow(c: Candidate, note: NoteModel, heading: Heading | null, propLine: (key: string) => number): void {
  const inScope = inFlowScope(note, heading);
  const named = heading ? lastParenthesis(heading.text) : titlePeriod(note.title);
  const year = named ? Number(periodToRange(named)?.start.slice(0, 4)) || undefined : undefined;
  // A note's properties date the note's own flow, not the flows of its sections; `date` is often just when the note was written.
  const prop = (key: string): Try => {
    const v = heading ? undefined : note.properties[key];
    return [typeof v === "string" || typeof v === "number" ? String(v) : undefined, propLine(key)];
  };
  const tries: Try[] = [
    prop("start"),
    prop("period"),
    ...beginsEvents(note, inScope),
    ...note.fields
      .filter((f) => inScope(f.line) && /^(timing|started|start|began|since)$/i.test(f.key))
      .map((f): Try => [startPhrase(f.value), f.line]),
    prop("date"),
    [named, heading?.line ?? 1],
  ];
  for (const [text, line] of tries) {
    const range = text ? periodToRange(text, { year }) : null;
    if (!range || !text) continue;
    const at: SourceRef = { path: note.path, line, heading: heading?.text ?? null };
    c.start = range.start;
    c.period = text.replace(/[*_]/g, "").trim();
    c.fieldSources.start = at;
    c.fieldSources.period = at;
    return;
  }
}

/** Rows of a Date | Event table whose event says the rotation begins: "S&P 500 record high — rotation begins". */
function beginsEvents(note: NoteModel, inScope: (line: number) => boolean): Try[] {
  const out: Try[] = [];
  for (const t of note.tables) {
    const headers = t.header.cells.map((x) => normalizeLabel(x.text));
    const d = headers.findIndex((h) => h === "date" || h === "when");
    const e = headers.findIndex((h) => h === "event" || h === "what happened");
    if (d === -1 || e === -1 || !inScope(t.line)) continue;
    for (const r of t.rows) {
      if (/\b(begins|began|starts|started|begin|kicks off|kicked off)\b/i.test(r.cells[e]?.text ?? ""))
        out.push([r.cells[d]?.text, r.line]);
    }
  }
  return out;
}

/** "Started late December 2025, accelerated …" → "late December 2025". */
export function startPhrase(raw: string): string {
  // One space at most between words, so no two optional runs of spaces compete for one long run.
  const value = raw.replace(/\s+/g, " ");
  const m = /(?:started|began|begins|starting|since|from)\s+(?:in\s+|on\s+)?([^,.;]+)/i.exec(value);
  // White space folded first, so the joining word's gaps are single spaces (linear time).
  return foldSpaces(m ? m[1] : value.split(/[,.;]/)[0])
    .split(/ (?:and|then|but|before|after|with|as) /)[0]
    .trim();
}

/** "Sector Rotation January 2026" → "January 2026". */
export function titlePeriod(raw: string): string | undefined {
  const title = raw.replace(/\s+/g, " ").slice(-40);
  const m = /((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:q[1-4]\s+)?\d{4}(?:\s*q[1-4])?)\s*$/i.exec(title);
  return m?.[1];
}

/** "Rotation 1: A → B (January 2026)" → "January 2026": the parenthesis that ends the text, found by index. */
export function lastParenthesis(text: string): string | undefined {
  const t = text.trimEnd();
  if (!t.endsWith(")")) return undefined;
  const open = t.lastIndexOf("(");
  return open === -1 ? undefined : t.slice(open + 1, -1);
}
