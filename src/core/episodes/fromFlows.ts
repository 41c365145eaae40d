/** Source (c): an Out of / Into table in a note tagged #rotation or in a section whose heading names a rotation. */
import type { Heading, NoteModel, Table } from "../model/types";
import { periodToRange } from "../dates/periodToRange";
import { sectionEnd } from "../blocks/selectTable";
import { emptyCandidate, settleEnds } from "./candidate";
import { columnRoles, isEpisodeTable, normalizeLabel, roleOf } from "./headerRoles";
import { splitSide } from "./sides";
import type { Candidate, SourceRef } from "./types";

interface Flow {
  sell: string[];
  buy: string[];
  line: number;
}

export function fromFlows(note: NoteModel): Candidate[] {
  if (typeof note.properties.rotation === "string") return [];
  const bySection = new Map<Heading | null, Flow[]>();
  for (const table of note.tables) {
    const flow = flowOf(table);
    if (!flow) continue;
    const owner = rotationHeadingAbove(note, table.line);
    if (owner === null && !taggedRotation(note)) continue;
    bySection.set(owner, [...(bySection.get(owner) ?? []), flow]);
  }
  const out: Candidate[] = [];
  for (const [heading, flows] of bySection) out.push(candidateFor(note, heading, flows));
  return out;
}

/** Sides of a flow table: `| Out of | Into |` columns, or `| Flow | Detail |` rows named Out of / Into. */
function flowOf(table: Table): Flow | null {
  const roles = columnRoles(table);
  if (!isEpisodeTable(roles) && roles.sell !== undefined && roles.buy !== undefined) {
    const col = (i: number): string[] => table.rows.flatMap((r) => splitSide(r.cells[i]?.text ?? ""));
    return { sell: col(roles.sell), buy: col(roles.buy), line: table.line };
  }
  if (table.header.cells.length !== 2) return null;
  const sell: string[] = [];
  const buy: string[] = [];
  for (const r of table.rows) {
    const role = roleOf(r.cells[0].text);
    if (role === "sell") sell.push(...splitSide(r.cells[1].text));
    if (role === "buy") buy.push(...splitSide(r.cells[1].text));
  }
  return sell.length && buy.length ? { sell, buy, line: table.line } : null;
}

function taggedRotation(note: NoteModel): boolean {
  return note.tags.some((t) => t.name.toLowerCase() === "rotation" || t.name.toLowerCase().startsWith("rotation/"));
}

/** The nearest heading above `line` (or an ancestor of it) whose text names a rotation with an arrow. */
function rotationHeadingAbove(note: NoteModel, line: number): Heading | null {
  let level = 7;
  for (let k = note.headings.length - 1; k >= 0; k--) {
    const h = note.headings[k];
    if (h.line > line || h.level >= level) continue;
    level = h.level;
    if (/→|->|⇒/.test(h.text)) return h;
  }
  return null;
}

function candidateFor(note: NoteModel, heading: Heading | null, flows: Flow[]): Candidate {
  const source: SourceRef = { path: note.path, line: heading?.line ?? flows[0].line, heading: heading?.text ?? null };
  const c = emptyCandidate("flow", source);
  c.sellSide = [...new Set(flows.flatMap((f) => f.sell))];
  c.buySide = [...new Set(flows.flatMap((f) => f.buy))];
  const sidesAt: SourceRef = { ...source, line: flows[0].line };
  c.fieldSources.sellSide = sidesAt;
  c.fieldSources.buySide = sidesAt;
  if (heading) {
    c.rotation = heading.text.replace(/^rotation\s*\d*\s*:\s*/i, "").replace(/\s*\([^)]*\)\s*$/, "").trim();
    c.fieldSources.rotation = source;
  }
  c.name = heading ? c.rotation : note.title;
  c.ongoing = true;
  dateFlow(c, note, heading);
  settleEnds(c);
  return c;
}

/** Start from, in order: properties, a Date | Event row that says the rotation begins, a Timing line, the heading or title. */
function dateFlow(c: Candidate, note: NoteModel, heading: Heading | null): void {
  const from = heading?.line ?? 0;
  const to = heading ? sectionEnd(note.headings, heading, note.lineCount) : note.lineCount;
  const inScope = (line: number): boolean => line > from && line <= to && (heading !== null || rotationHeadingAbove(note, line) === null);
  const prop = ["start", "period", "date"].map((k) => note.properties[k]).find((v) => typeof v === "string" || typeof v === "number");
  const tries: [string | undefined, number][] = [
    [prop === undefined ? undefined : String(prop), note.frontmatter?.line ?? 1],
    ...beginsEvents(note, inScope),
    ...note.fields.filter((f) => inScope(f.line) && /^(timing|started|start|began)$/i.test(f.key)).map((f): [string, number] => [startPhrase(f.value), f.line]),
    [heading ? /\(([^)]*)\)\s*$/.exec(heading.text)?.[1] : titlePeriod(note.title), heading?.line ?? 1],
  ];
  for (const [text, line] of tries) {
    const range = text ? periodToRange(text) : null;
    if (range) {
      c.start = range.start;
      c.period = text?.trim() ?? null;
      c.fieldSources.start = { path: note.path, line, heading: heading?.text ?? null };
      c.fieldSources.period = c.fieldSources.start;
      return;
    }
  }
}

function beginsEvents(note: NoteModel, inScope: (line: number) => boolean): [string, number][] {
  const out: [string, number][] = [];
  for (const t of note.tables) {
    const headers = t.header.cells.map((x) => normalizeLabel(x.text));
    const d = headers.indexOf("date");
    const e = headers.findIndex((h) => h === "event" || h === "what happened");
    if (d === -1 || e === -1 || !inScope(t.line)) continue;
    for (const r of t.rows) {
      if (/\b(rotation\s+)?(begins|began|starts|started|start|begin)\b/i.test(r.cells[e]?.text ?? "")) out.push([r.cells[d].text, r.line]);
    }
  }
  return out;
}

/** "Started late December 2025, accelerated …" → "late December 2025". */
function startPhrase(value: string): string {
  const m = /(?:started|began|begins|starting|since|from)\s+(?:in\s+|on\s+)?([^,.;]+)/i.exec(value);
  return (m ? m[1] : value.split(/[,.;]/)[0]).split(/\s+(?:and|then|but|before|after|with|as)\s+/)[0].trim();
}

function titlePeriod(title: string): string | undefined {
  const m = /((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:q[1-4]\s+)?\d{4}(?:\s*q[1-4])?)\s*$/i.exec(title);
  return m?.[1];
}
