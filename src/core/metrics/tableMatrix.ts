/** A table as numbers: each body row's label (its first cell) and the figure of every other cell, for the series metrics. */
import type { Table } from "../model/types";

export interface MatrixRow {
  label: string;
  /** The label was bold (`**S&P 500**`): how notes mark a benchmark or a total row. */
  bold: boolean;
  line: number;
  /** One per column after the first; null where a cell holds no number. */
  values: (number | null)[];
}

export interface Matrix {
  /** Header texts of the columns after the first. */
  columns: string[];
  rows: MatrixRow[];
}

export function tableMatrix(table: Table): Matrix {
  const width = table.header.cells.length;
  return {
    columns: table.header.cells.slice(1).map((c) => c.text),
    rows: table.rows.map((r) => {
      const first = r.cells[0];
      const values: (number | null)[] = [];
      for (let col = 1; col < width; col++) {
        const v = r.cells[col]?.figure?.value;
        values.push(typeof v === "number" && Number.isFinite(v) ? v : null);
      }
      return { label: first?.text.trim() ?? "", bold: /^\*\*[^*].*\*\*$|^__[^_].*__$/.test(first?.raw.trim() ?? ""), line: r.line, values };
    }),
  };
}

/** One column of the matrix as a series with the row labels. */
export function columnSeries(m: Matrix, column: number): { labels: string[]; values: (number | null)[] } {
  return { labels: m.rows.map((r) => r.label), values: m.rows.map((r) => r.values[column] ?? null) };
}
