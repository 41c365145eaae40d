/** Source (c): an Out of / Into table in a note tagged #rotation, or in a section whose heading names a rotation. */
import type { Heading, NoteModel, Problem, Table } from "../model/types";
import { periodToRange } from "../dates/periodToRange";
import { emptyCandidate, linkTargets, settleEnds } from "./candidate";
import { dateFlow, lastParenthesis } from "./dateFlow";
import { rotationHeadingAbove } from "./flowScope";
import { columnRoles, isEpisodeTable, roleOf } from "./headerRoles";
import { propertyLines } from "./propertyLines";
import { splitSide } from "./sides";
import type { Candidate, SourceRef } from "./types";

interface Flow {
  sell: string[];
  buy: string[];
  /** The first row naming the sell side (where a whole-note flow points its reader) and the buy side. */
  line: number;
  buyLine: number;
  links: string[];
}

export function fromFlows(note: NoteModel, text: string, problems: Problem[] = []): Candidate[] {
  // An episode note is one episode already; its Out of / Into table only details it.
  if (typeof note.properties.rotation === "string") return [];
  const tagged = taggedRotation(note);
  const bySection = new Map<Heading | null, Flow[]>();
  for (const table of note.tables) {
    const flow = flowOf(table);
    if (!flow) continue;
    const owner = rotationHeadingAbove(note, table.line);
    if (owner === null && !tagged) continue;
    bySection.set(owner, [...(bySection.get(owner) ?? []), flow]);
  }
  if (bySection.size === 0) return [];
  const lines = note.frontmatter ? propertyLines(text, note.frontmatter.endLine) : new Map<string, number>();
  const propLine = (key: string): number => lines.get(key) ?? note.frontmatter?.line ?? 1;
  const out: Candidate[] = [];
  for (const [heading, flows] of bySection) {
    const c = candidateFor(note, heading, flows);
    dateFlow(c, note, heading, propLine);
    if (!heading) endFromProperties(c, note, propLine);
    if (!c.start)
      problems.push({
        line: c.source.line,
        message: "this rotation flow has no date: add a start property, a Timing: line or a Date | Event row saying it begins",
      });
    settleEnds(c);
    out.push(c);
  }
  return out;
}

/** Sides of a flow table: `| Out of | Into |` columns, or `| Flow | Detail |` rows named Out of / Into. */
function flowOf(table: Table): Flow | null {
  const roles = columnRoles(table);
  // Links are gathered only for tables that turn out to be flows: most tables of a tagged note are not.
  const links = (): string[] => table.rows.flatMap((r) => linkTargets(r.cells));
  if (!isEpisodeTable(roles) && roles.sell !== undefined && roles.buy !== undefined) {
    const col = (i: number): string[] => table.rows.flatMap((r) => splitSide(r.cells[i]?.text ?? ""));
    const first = table.rows[0]?.line ?? table.line;
    return { sell: col(roles.sell), buy: col(roles.buy), line: first, buyLine: first, links: links() };
  }
  if (table.header.cells.length !== 2) return null;
  const sell: string[] = [];
  const buy: string[] = [];
  let line = 0;
  let buyLine = 0;
  for (const r of table.rows) {
    const role = roleOf(r.cells[0]?.text ?? "");
    if (role === "sell") for (const s of splitSide(r.cells[1]?.text ?? "")) sell.push(s);
    if (role === "buy") for (const s of splitSide(r.cells[1]?.text ?? "")) buy.push(s);
    if (role === "sell" && !line) line = r.line;
    if (role === "buy" && !buyLine) buyLine = r.line;
  }
  return sell.length && buy.length ? { sell, buy, line, buyLine, links: links() } : null;
}

function taggedRotation(note: NoteModel): boolean {
  return note.tags.some((t) => t.name.toLowerCase() === "rotation" || t.name.toLowerCase().startsWith("rotation/"));
}

function candidateFor(note: NoteModel, heading: Heading | null, flows: Flow[]): Candidate {
  const source: SourceRef = { path: note.path, line: heading?.line ?? flows[0].line, heading: heading?.text ?? null };
  const c = emptyCandidate("flow", source);
  c.sellSide = [...new Set(flows.flatMap((f) => f.sell))];
  c.buySide = [...new Set(flows.flatMap((f) => f.buy))];
  c.fieldSources.sellSide = { ...source, line: flows[0].line };
  c.fieldSources.buySide = { ...source, line: flows[0].buyLine };
  c.links = [...new Set(flows.flatMap((f) => f.links))];
  if (heading) {
    c.rotation = withoutPeriod(heading.text.replace(/\s+/g, " ").replace(/^rotation ?\d* ?: ?/i, ""));
    c.fieldSources.rotation = source;
  }
  c.name = heading ? c.rotation : note.title;
  c.ongoing = true;
  return c;
}

/** A flow is ongoing unless its note says it ended (`status: ended`) or gives an `end`. */
function endFromProperties(c: Candidate, note: NoteModel, propLine: (key: string) => number): void {
  const status = note.properties.status;
  const end = note.properties.end;
  const range = typeof end === "string" || typeof end === "number" ? periodToRange(String(end)) : null;
  if (range) {
    c.end = range.end;
    c.fieldSources.end = { path: note.path, line: propLine("end"), heading: null };
  }
  if (range || (typeof status === "string" && status.trim().toLowerCase() === "ended")) {
    c.ongoing = false;
    c.fieldSources.status = { path: note.path, line: propLine(range ? "end" : "status"), heading: null };
  }
}

/** "Mag 7 → everything else (January 2026)" → "Mag 7 → everything else", by index rather than a pattern. */
function withoutPeriod(text: string): string {
  const period = lastParenthesis(text);
  return (period === undefined ? text : text.trimEnd().slice(0, text.trimEnd().length - period.length - 2)).trim();
}
