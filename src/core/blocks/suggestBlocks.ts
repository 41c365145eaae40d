/** Writes the text of a ready-to-render block for the table under the cursor, for the insert commands. */
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
  const lines = ["```rotation-chart"];
  if (table.blockId) lines.push(`source: "[[#^${table.blockId}]]"`);
  else if (table.heading) {
    lines.push(`source: "[[#${table.heading.text}]]"`);
    lines.push(`table: ${indexUnderHeading(note, table)}`);
  } else lines.push(`table: ${note.tables.indexOf(table) + 1}`);
  if (headers[0] !== "") lines.push(`x: ${yamlText(headers[0])}`);
  lines.push(numeric.length === 1 ? `y: ${yamlText(numeric[0])}` : `y: [${numeric.map(yamlText).join(", ")}]`);
  lines.push("type: bar", "```");
  return lines.join("\n");
}

/** A rotation-classify block: a rules block for a decision table, else the breadth classifier template. */
export function classifyBlockFor(note: NoteModel, table: Table | null): string {
  if (table && table.rows.length >= 2 && table.header.cells.length >= 3) {
    const headers = table.header.cells.map((c) => c.text);
    const first = table.rows[0].cells;
    const target = table.heading ? `${note.title}#${table.heading.text}` : note.title;
    const inputs = headers.slice(1, -1).map((h, i) => `  ${yamlText(h)}: ${yamlText(first[i + 1]?.text ?? "")}`);
    return ["```rotation-classify", `rules: "[[${target}]]"`, "inputs:", ...inputs, "```"].join("\n");
  }
  return ["```rotation-classify", "classifier: breadth", "index: -0.53%", "up: 300", "total: 500", "```"].join("\n");
}

function indexUnderHeading(note: NoteModel, table: Table): number {
  const heading = table.heading;
  if (!heading) return note.tables.indexOf(table) + 1;
  const end = sectionEnd(note.headings, heading, note.lineCount);
  return note.tables.filter((t) => t.line > heading.line && t.line <= end && t.line <= table.line).length;
}

/** Quote YAML text only where it needs it. */
function yamlText(s: string): string {
  return /^[\w][\w .()%$-]*$/.test(s) && !/^(true|false|null|yes|no|\d+)$/i.test(s.trim()) ? s : JSON.stringify(s);
}
