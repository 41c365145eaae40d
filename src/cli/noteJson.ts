/** The CLI's JSON and outline views of a note model. */
import type { Cell, NoteModel, Table } from "../core/model/types";

export function noteToJson(note: NoteModel): Record<string, unknown> {
  return {
    path: note.path,
    properties: note.properties,
    tags: [...new Set(note.tags.map((t) => t.name))],
    headings: note.headings,
    tables: note.tables.map(tableToJson),
    links: note.links,
    problems: note.problems,
  };
}

function tableToJson(t: Table): Record<string, unknown> {
  return {
    line: t.line,
    endLine: t.endLine,
    heading: t.heading ? t.heading.text : null,
    headers: t.header.cells.map((c) => c.text),
    align: t.align,
    rows: t.rows.map((r) => r.cells.map((c) => c.text)),
    caption: t.caption,
    blockId: t.blockId,
    cells: t.rows.map((r) => ({ line: r.line, cells: r.cells.map(cellToJson) })),
  };
}

function cellToJson(c: Cell): Record<string, unknown> {
  return c.figure ? { raw: c.raw, figure: c.figure } : { raw: c.raw };
}

/** A readable outline: headings indented by level, tables with their size and line. */
export function noteToOutline(note: NoteModel): string {
  const out: string[] = [note.path];
  const tags = [...new Set(note.tags.map((t) => `#${t.name}`))];
  if (tags.length) out.push(`  tags: ${tags.join(" ")}`);
  const props = Object.keys(note.properties);
  if (props.length) out.push(`  properties: ${props.join(", ")}`);
  const events: { line: number; text: string }[] = [
    ...note.headings.map((h) => ({ line: h.line, text: `${"  ".repeat(h.level)}${"#".repeat(h.level)} ${h.text}` })),
    ...note.tables.map((t) => ({
      line: t.line,
      text: `${"  ".repeat((t.heading?.level ?? 0) + 1)}table ${t.header.cells.length}×${t.rows.length}: ${t.header.cells
        .map((c) => c.text || "·")
        .join(" | ")}`,
    })),
  ].sort((a, b) => a.line - b.line);
  for (const e of events) out.push(`${String(e.line).padStart(5)} ${e.text}`);
  out.push(`  ${note.links.length} links, ${note.problems.length} problems`);
  for (const p of note.problems) out.push(`  ${note.path}:${p.line}: ${p.message}`);
  return out.join("\n");
}
