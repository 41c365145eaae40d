/** Writes a ready-to-run rotation-classify block for the table under the cursor, for the insert command. */
import type { NoteModel, Table } from "../model/types";
import { writeBlock } from "../parse/writeBlock";

/** A rules block for a decision table (its first row's values as inputs), else the breadth classifier template. */
export function classifyBlockFor(note: NoteModel, table: Table | null): string {
  if (table && table.rows.length >= 2 && table.header.cells.length >= 3) {
    const headers = table.header.cells.map((c) => c.text);
    const first = table.rows[0].cells;
    const target = table.heading ? `${note.title}#${table.heading.text}` : note.title;
    const inputs: Record<string, string> = {};
    // defineProperty, not assignment: a header named "__proto__" stays an input rather than changing the object.
    headers
      .slice(1, -1)
      .forEach((h, i) =>
        Object.defineProperty(inputs, h, { value: first[i + 1]?.text ?? "", enumerable: true, writable: true, configurable: true }),
      );
    return writeBlock("rotation-classify", { rules: `[[${target}]]`, inputs });
  }
  return writeBlock("rotation-classify", { classifier: "breadth", index: "-0.53%", up: 300, total: 500 });
}
