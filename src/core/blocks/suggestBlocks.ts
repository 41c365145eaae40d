/** Writes the text of a ready-to-render block for the table under the cursor, for the insert commands. */
import { Document } from "yaml";
import type { NoteModel, Table } from "../model/types";
import { sectionEnd } from "./selectTable";
import { isNumericColumn } from "./tableSeries";

/** The table the cursor is in, or the last one above it in the same section. */
export function tableAtLine(note: NoteModel, line: number): Table | null {
  let best: Table | null = null;
  for (const t of note.tables) {
    if (t.line <= line && line <= t.endLine) return t;
    if (t.endLine < line && (!best || t.line > best.line)) best = t;
  }
  if (best && best.heading) {
    const end = sectionEnd(note.headings, best.heading, note.lineCount);
    if (line > end) return null;
  }
  return best;
}

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
  return block("rotation-chart", data);
}

/** A rotation-classify block: a rules block for a decision table, else the breadth classifier template. */
export function classifyBlockFor(note: NoteModel, table: Table | null): string {
  if (table && table.rows.length >= 2 && table.header.cells.length >= 3) {
    const headers = table.header.cells.map((c) => c.text);
    const first = table.rows[0].cells;
    const target = table.heading ? `${note.title}#${table.heading.text}` : note.title;
    const inputs: Record<string, string> = {};
    headers.slice(1, -1).forEach((h, i) => Object.defineProperty(inputs, h, { value: first[i + 1]?.text ?? "", enumerable: true, writable: true, configurable: true }));
    return block("rotation-classify", { rules: `[[${target}]]`, inputs });
  }
  return block("rotation-classify", { classifier: "breadth", index: "-0.53%", up: 300, total: 500 });
}

/**
 * The fenced block, its YAML written by the `yaml` stringifier: a header or heading holding `"`, `:` or `#`
 * is quoted as YAML needs, and lists are written inline.
 */
function block(language: string, data: Record<string, unknown>): string {
  const doc = new Document(data);
  const y = doc.get("y", true);
  if (y && typeof y === "object" && "flow" in y) y.flow = true;
  const fence = "```";
  return [`${fence}${language}`, doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd(), fence].join("\n");
}

/** A heading a `[[#…]]` link can name: Obsidian reads `#`, `|`, `^` and brackets in a link as syntax. */
function linkable(heading: string): boolean {
  return !/[#|^[\]]/.test(heading);
}

function indexUnderHeading(note: NoteModel, table: Table): number {
  const heading = table.heading;
  if (!heading) return note.tables.indexOf(table) + 1;
  const end = sectionEnd(note.headings, heading, note.lineCount);
  return note.tables.filter((t) => t.line > heading.line && t.line <= end && t.line <= table.line).length;
}
