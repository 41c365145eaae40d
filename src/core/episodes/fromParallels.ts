/**
 * Source (f), historical parallels: a dated table under a "parallels"/"precedents" heading, in a note about one
 * rotation, gives rows of that rotation.
 */
import type { NoteModel, Table } from "../model/types";
import type { Taxonomy } from "../taxonomy/taxonomy";
import { emptyCandidate, setPeriod, setStatedDivergence } from "./candidate";
import { columnRoles } from "./headerRoles";
import { notHistory } from "./prose/guards";
import { sameRotation } from "./sameRotation";
import { statedDivergence } from "./sides";
import type { Candidate, SourceRef } from "./types";

const PARALLEL_WORDS = ["parallel", "precedent", "analog", "analogue", "historical", "history", "past episodes"];

export function fromParallels(note: NoteModel, candidates: Candidate[], taxonomy: Taxonomy): Candidate[] {
  const own = ownRotation(candidates, taxonomy);
  if (!own) return [];
  const out: Candidate[] = [];
  for (const table of note.tables) {
    const heading = (table.heading?.text ?? "").toLowerCase();
    const roles = columnRoles(table);
    if (
      roles.period === undefined ||
      roles.sell !== undefined ||
      roles.rotation !== undefined ||
      !PARALLEL_WORDS.some((w) => heading.includes(w))
    )
      continue;
    if (candidates.some((c) => c.source.line > table.line && c.source.line <= table.endLine)) continue;
    for (const c of rows(note, table, roles.period, own)) out.push(c);
  }
  return out;
}

/** The one rotation a note is about: all its candidates tell the same one. */
function ownRotation(candidates: Candidate[], taxonomy: Taxonomy): Candidate | null {
  const first = candidates.find((c) => c.sellSide.length > 0 && c.buySide.length > 0);
  if (!first) return null;
  return candidates.every((c) => c === first || sameRotation(c, first, taxonomy)) ? first : null;
}

function rows(note: NoteModel, table: Table, periodCol: number, own: Candidate): Candidate[] {
  const out: Candidate[] = [];
  for (const row of table.rows) {
    const text = row.cells.map((c) => c.text).join(" | ");
    const period = row.cells[periodCol]?.text ?? "";
    if (!period.trim() || notHistory(text)) continue;
    const source: SourceRef = { path: note.path, line: row.line, heading: table.heading?.text ?? null };
    const c = emptyCandidate("table", source);
    setPeriod(c, period, source);
    if (!c.start) continue;
    c.ongoing = false;
    c.sellSide = [...own.sellSide];
    c.buySide = [...own.buySide];
    c.from = own.from;
    c.to = own.to;
    c.rotation = own.rotation ?? `${own.from} → ${own.to}`;
    c.fieldSources = {
      ...c.fieldSources,
      rotation: own.source,
      sellSide: own.fieldSources.sellSide ?? own.source,
      buySide: own.fieldSources.buySide ?? own.source,
    };
    const pp = statedDivergence(text);
    if (pp !== null) setStatedDivergence(c, pp, source);
    out.push(c);
  }
  return out;
}
