/** Writes a ready-to-render rotation-chart block for the table under the cursor, for the insert command. */
import type { NoteModel, Table } from "../model/types";
import { sectionEnd } from "../model/sections";
import { tablesInSection } from "../model/selectTable";
import { writeBlock } from "../parse/writeBlock";
import { isNumericColumn } from "./tableSeries";

/** A rotation-chart block for a table: first column as x, every column with figures as y. */
export function chartBlockFor(note: NoteModel, table: Table): string | null {
  const headers = table.header.cells.map((c) => c.text);
  const numeric = headers.filter((_, i) => i > 0 && isNumericColumn(table, i));
  if (numeric.length === 0) return null;
  const data: Record<string, unknown> = {};
  if (table.blockId) data.source = `[[#^${table.blockId}]]`;
  else if (table.heading && linkable(table.heading.text)) {
    data.source = `[[#${table.heading.text}]]`;
    data.table = indexUnderHeading(note, table);
  } else data.table = note.tables.indexOf(table) + 1;
  if (headers[0] !== "") data.x = headers[0];
  data.y = numeric.length === 1 ? numeric[0] : numeric;
  data.type = "bar";
  return writeBlock("rotation-chart", data);
}

/** A heading a `[[#…]]` link can name: Obsidian reads `#`, `|`, `^` and brackets in a link as syntax. */
function linkable(heading: string): boolean {
  return !/[#|^[\]]/.test(heading);
}

function indexUnderHeading(note: NoteModel, table: Table): number {
  const heading = table.heading;
  if (!heading) return note.tables.indexOf(table) + 1;
  return tablesInSection(note, heading.line, sectionEnd(note, heading)).filter((t) => t.line <= table.line).length;
}
