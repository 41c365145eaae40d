/** Source (a): every body row of an episode table (Period | Rotation | Trigger | Sell side | Buy side | Duration) is a candidate. */
import type { NoteModel, Problem, Table } from "../model/types";
import { emptyCandidate, linkTargets, setDuration, setPeriod, settleEnds } from "./candidate";
import { columnRoles, isEpisodeTable, type Role } from "./headerRoles";
import { legsIn, splitSide } from "./sides";
import type { Candidate, SourceRef } from "./types";

export function fromEpisodeTables(note: NoteModel, problems: Problem[] = []): Candidate[] {
  const out: Candidate[] = [];
  for (const table of note.tables) {
    const roles = columnRoles(table);
    if (isEpisodeTable(roles)) for (const c of rowsOf(note, table, roles, problems)) out.push(c);
  }
  return out;
}

function rowsOf(note: NoteModel, table: Table, roles: Partial<Record<Role, number>>, problems: Problem[]): Candidate[] {
  const out: Candidate[] = [];
  for (const row of table.rows) {
    const cell = (role: Role): string => (roles[role] === undefined ? "" : row.cells[roles[role]]?.text ?? "").trim();
    if (!cell("period") && !cell("rotation") && !cell("sell") && !cell("buy")) continue;
    const source: SourceRef = { path: note.path, line: row.line, heading: table.heading?.text ?? null };
    const c = emptyCandidate("table", source);
    setPeriod(c, cell("period"), source, problems);
    if (cell("rotation")) {
      c.rotation = cell("rotation");
      c.fieldSources.rotation = source;
    }
    if (cell("trigger")) {
      c.trigger = cell("trigger");
      c.fieldSources.trigger = source;
    }
    c.sellSide = splitSide(cell("sell"));
    c.buySide = splitSide(cell("buy"));
    if (c.sellSide.length) c.fieldSources.sellSide = source;
    if (c.buySide.length) c.fieldSources.buySide = source;
    setDuration(c, cell("duration"), source, problems);
    c.legs = legsIn(`${cell("sell")}, ${cell("buy")}`, source);
    if (c.legs.length) c.fieldSources.legs = source;
    c.links = linkTargets(row.cells);
    settleEnds(c);
    out.push(c);
  }
  return out;
}
