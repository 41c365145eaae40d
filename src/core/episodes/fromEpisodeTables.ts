/**
 * Source (a): every dated body row of an episode table (Period | Rotation | Trigger | Sell side | Buy side | Duration,
 * or Period | Shift, or Period | Winner) is a candidate.
 */
import { durationToMonths } from "../dates/durationToMonths";
import type { NoteModel, Problem, Table } from "../model/types";
import { splitRotation } from "../taxonomy/splitRotation";
import { defaultTaxonomy, findTerms, type Taxonomy } from "../taxonomy/taxonomy";
import { emptyCandidate, linkTargets, setDuration, setPeriod, settleEnds } from "./candidate";
import { columnRoles, type Role } from "./headerRoles";
import { notHistory } from "./prose/guards";
import { agreeDuration, dateInDuration, untilNextRow } from "./rowDates";
import { legsIn, splitSide } from "./sides";
import { OTHER_SIDE, tableKind, type TableKind } from "./tableGuard";
import type { Candidate, SourceRef } from "./types";

export function fromEpisodeTables(note: NoteModel, problems: Problem[] = [], taxonomy: Taxonomy = defaultTaxonomy): Candidate[] {
  const out: Candidate[] = [];
  for (const table of note.tables) {
    const roles = columnRoles(table);
    const kind = tableKind(table, roles, taxonomy);
    if (kind) for (const c of untilNextRow(rowsOf(note, table, roles, kind, problems, taxonomy), roles.duration === undefined)) out.push(c);
  }
  return out;
}

function rowsOf(
  note: NoteModel,
  table: Table,
  roles: Partial<Record<Role, number>>,
  kind: TableKind,
  problems: Problem[],
  taxonomy: Taxonomy,
): Candidate[] {
  const out: Candidate[] = [];
  for (const row of table.rows) {
    const cell = (role: Role): string => (roles[role] === undefined ? "" : (row.cells[roles[role]]?.text ?? "")).trim();
    if (!cell("period") && !cell("rotation") && !cell("sell") && !cell("buy")) continue;
    if (notHistory(cell("period")) || notHistory(cell("rotation"))) continue;
    const source: SourceRef = { path: note.path, line: row.line, heading: table.heading?.text ?? null };
    const c = emptyCandidate("table", source);
    setPeriod(c, cell("period"), source, problems);
    const rotation = kind === "winner" ? winnerRotation(cell("winner"), taxonomy) : regimeArrow(cell("rotation"));
    if (rotation) {
      c.rotation = rotation;
      c.fieldSources.rotation = source;
    }
    if (cell("trigger")) {
      c.trigger = cell("trigger");
      c.fieldSources.trigger = source;
    }
    c.sellSide = splitSide(cell("sell"));
    c.buySide = splitSide(cell("buy"));
    // A trip, a trade or a move between places: neither side names a market group, whatever the table holds.
    if (kind === "sides" && !names(c.sellSide, taxonomy) && !names(c.buySide, taxonomy)) continue;
    // A side-less table's "X → Y" gives both sides.
    const split = !c.sellSide.length && !c.buySide.length && rotation ? splitRotation(rotation) : null;
    if (split) [c.sellSide, c.buySide] = [[split.from], [split.to]];
    if (c.sellSide.length) c.fieldSources.sellSide = source;
    if (c.buySide.length) c.fieldSources.buySide = source;
    // A Duration cell is read as a length first; only one that is not a length may be a date.
    if (durationToMonths(cell("duration")) !== null || !dateInDuration(c, cell("duration"), source))
      setDuration(c, cell("duration"), source, problems);
    agreeDuration(c);
    c.legs = legsIn(`${cell("sell")}, ${cell("buy")}`, source);
    if (c.legs.length) c.fieldSources.legs = source;
    c.links = linkTargets(row.cells);
    settleEnds(c);
    out.push(c);
  }
  return out;
}

function names(side: string[], taxonomy: Taxonomy): boolean {
  return side.some((item) => findTerms(item, taxonomy).length > 0);
}

/** "Risk-on → off" → "Risk-on → Risk off": the short end borrows the long end's first word. */
function regimeArrow(text: string): string {
  const m = /^(.*?\S) ?(→|->) ?(on|off)$/i.exec(text.replace(/\s+/g, " ").trim().slice(0, 200));
  if (!m || m[1].length > 40) return text;
  const word = m[1].split(/\s+/)[0];
  return `${m[1]} → ${word} ${m[3]}`;
}

/** A Winner cell naming a style: the other style was sold ("Growth" → "Value → Growth"). */
function winnerRotation(text: string, taxonomy: Taxonomy): string | null {
  const hit = findTerms(text, taxonomy).find((h) => OTHER_SIDE.has(h.name));
  return hit ? `${OTHER_SIDE.get(hit.name) as string} → ${text.replace(/[*_]/g, "").trim()}` : null;
}
