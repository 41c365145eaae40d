/** Turns a table into chart series: x labels from one column, numbers from others via the cells' figures. */
import type { Cell, FigureUnit, Table } from "../model/types";
import type { TableChartSpec } from "./chartSpec";
import type { ChartData, ChartDataResult, ChartSeries } from "./chartData";
import { sameLabel } from "../model/labels";

const UNIT_LABEL: Partial<Record<FigureUnit, string>> = {
  percent: "%",
  pp: "pp",
  money: "$",
  multiple: "x",
  months: "months",
  years: "years",
};

export function tableSeries(table: Table, spec: TableChartSpec, noteTitle: string): ChartDataResult {
  const headers = table.header.cells.map((c) => c.text);
  const find = (name: string): number => headers.findIndex((h) => sameLabel(h, name));
  const xIndex = spec.x === null ? 0 : find(spec.x);
  if (xIndex === -1) return missingColumn(spec.x ?? "", headers);
  let yNames = spec.y;
  if (yNames.length === 0) {
    yNames = headers.filter((h, i) => i !== xIndex && h !== spec.benchmark && isNumericColumn(table, i));
    if (yNames.length === 0) return { ok: false, error: `No column of the table at line ${table.line} holds numbers; name one with y:.` };
  }
  const series: ChartSeries[] = [];
  const kind = spec.type === "line" ? "line" : spec.type === "scatter" ? "scatter" : "bar";
  for (const name of yNames) {
    const i = find(name);
    if (i === -1) return missingColumn(name, headers);
    const s = columnSeries(table, i, headers[i], kind, spec.cumulative);
    if (!s) return { ok: false, error: `Column "${headers[i]}" has no numbers to chart (figures like +12%, ~$38M or 29x).` };
    series.push(s);
  }
  if (spec.benchmark !== null) {
    const i = find(spec.benchmark);
    if (i === -1) return missingColumn(spec.benchmark, headers);
    const s = columnSeries(table, i, headers[i], "line", spec.cumulative);
    if (!s) return { ok: false, error: `Benchmark column "${headers[i]}" has no numbers.` };
    series.push(s);
  }
  const labels = table.rows.map((r) => r.cells[xIndex]?.text ?? "");
  const unit = spec.unit ?? unitOf(table, headers.indexOf(series[0].label));
  const named = series
    .filter((s) => s.label !== spec.benchmark)
    .map((s) => s.label)
    .join(", ");
  const chart: ChartData = {
    // A chart says what it shows even when the block names no title: "Flow by Month".
    title: spec.title ?? `${named} by ${headers[xIndex]}`,
    labels,
    series,
    stacked: spec.type === "stacked bar",
    horizontal: false,
    unit,
    axes: { label: headers[xIndex], value: unit === null ? named : `${named} (${unit})` },
    sourceNote: noteTitle,
    sourceLine: table.line,
  };
  if (spec.type === "scatter") chart.xValues = table.rows.map((r) => numberOf(r.cells[xIndex]));
  return { ok: true, chart };
}

function columnSeries(table: Table, col: number, label: string, kind: ChartSeries["kind"], cumulative: boolean): ChartSeries | null {
  const values = table.rows.map((r) => numberOf(r.cells[col]));
  if (!values.some((v) => v !== null)) return null;
  if (cumulative) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== null) values[i] = sum += v;
    }
  }
  return { label, kind, values };
}

function numberOf(cell: Cell | undefined): number | null {
  const v = cell?.figure?.value;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** A column of figures: at least half of its filled cells are numbers ("Notes" with one "4x November" is not). */
export function isNumericColumn(table: Table, col: number): boolean {
  const filled = table.rows.filter((r) => (r.cells[col]?.text ?? "") !== "");
  const numbers = filled.filter((r) => numberOf(r.cells[col]) !== null).length;
  return numbers > 0 && numbers * 2 >= filled.length;
}

function unitOf(table: Table, col: number): string | null {
  for (const r of table.rows) {
    const unit = r.cells[col]?.figure?.unit;
    if (unit) return UNIT_LABEL[unit] ?? null;
  }
  return null;
}

function missingColumn(name: string, headers: string[]): ChartDataResult {
  const known = headers.map((h) => (h === "" ? "(blank)" : `"${h}"`)).join(", ");
  return { ok: false, error: `No column "${name}" in the table. Its columns are ${known}.` };
}
