/** GFM tables (header, delimiter, body rows) with Obsidian's readings, found at a given line of the scanned note. */
import type { Align, Cell, Figure, Link, Problem, Row } from "../model/types";
import { parseFigure } from "../figures/parseFigure";
import { linksIn, readInline } from "./inline";
import type { LineInfo } from "./scanLines";
import { countCells, hasUnescapedPipe, splitRow } from "./splitRow";
import { blockIdOf, italicLine } from "./captions";
import { counted } from "../text/plural";

export interface TableFound {
  header: Row;
  align: Align[];
  rows: Row[];
  /** Index (0-based) of the last line of the table. */
  last: number;
}

const DELIM_CELL = /^:?-+:?$/;
/** Lines that start a block of their own and so end a table's body. */
const BLOCK_START = /^( {0,3}#{1,6}(\s|$)| {0,3}(`{3,}|~{3,})| {0,3}([-*_])( *\4){2,} *$| {0,3}[-*+] | {0,3}\d{1,9}[.)] )/;

/** A table whose header row is line `i`, or null. Cheap checks first: most lines are not tables. */
export function tableAt(infos: LineInfo[], i: number, problems: Problem[]): TableFound | null {
  const head = infos[i];
  const delim = infos[i + 1];
  if (!delim || head.hidden || delim.hidden || head.depth !== delim.depth) return null;
  if (!delim.text.includes("-") || (!delim.text.includes("|") && !head.text.includes("|"))) return null;
  if (!hasUnescapedPipe(head.text) || /^ {4}|^\t/.test(head.text)) return null;
  const align = delimiterRow(delim.text);
  if (!align) return null;
  const headerCells = splitRow(head.text);
  if (headerCells.length !== align.length) return null;
  const width = align.length;
  const header: Row = { line: i + 1, cells: headerCells.map((raw) => cellOf(raw, i + 1)) };
  const rows: Row[] = [];
  let k = i + 2;
  for (; k < infos.length; k++) {
    const info = infos[k];
    if (info.hidden || info.depth !== head.depth || endsBody(info.text)) break;
    rows.push(bodyRow(info.text, k + 1, width, problems));
  }
  return { header, align, rows, last: k - 1 };
}

/** Whether a line ends a table's body. Most body lines start with a pipe and are settled by that alone. */
function endsBody(text: string): boolean {
  if (text.charCodeAt(0) === 124 /* | */) return false;
  if (text.trim() === "" || text.startsWith(">") || BLOCK_START.test(text)) return true;
  // An italic line without pipes right under a table is its caption in these notes, and `^id` its block id.
  if (!hasUnescapedPipe(text) && italicLine(text) !== null) return true;
  return text.startsWith("^") && blockIdOf(text) !== null;
}

function delimiterRow(text: string): Align[] | null {
  if (!/^[\s|:-]+$/.test(text)) return null;
  const cells = splitRow(text);
  const align: Align[] = [];
  for (const c of cells) {
    if (!DELIM_CELL.test(c)) return null;
    const left = c.startsWith(":");
    const right = c.endsWith(":");
    align.push(left && right ? "center" : right ? "right" : left ? "left" : null);
  }
  return align;
}

function bodyRow(text: string, line: number, width: number, problems: Problem[]): Row {
  const count = countCells(text);
  if (count !== width) {
    problems.push({ line, message: `table row has ${counted(count, "cell")}, header has ${width}` });
  }
  return new TableRow(text, line, width);
}

/**
 * A body row split into cells the first time someone reads them: extraction reads the rows of the few
 * tables that hold episodes, and most rows of a vault are never read at all.
 */
class TableRow implements Row {
  private split: Cell[] | undefined = undefined;

  constructor(
    private readonly source: string,
    readonly line: number,
    private readonly width: number,
  ) {}

  get cells(): Cell[] {
    if (this.split === undefined) {
      const raws = splitRow(this.source);
      const cells: Cell[] = [];
      // Short rows are padded and surplus cells dropped, as GFM does.
      for (let c = 0; c < this.width; c++) cells.push(cellOf(raws[c] ?? "", this.line));
      this.split = cells;
    }
    return this.split;
  }

  toJSON(): Row {
    return { line: this.line, cells: this.cells };
  }
}

function cellOf(raw: string, line: number): Cell {
  return new TableCell(raw, line);
}

/**
 * A cell whose display text, links and figure are worked out the first time someone asks: most cells of
 * a vault are never shown, charted, classified or followed.
 */
class TableCell implements Cell {
  private shown: string | undefined = undefined;
  private found: Link[] | undefined = undefined;
  private fig: Figure | null | undefined = undefined;

  constructor(
    readonly raw: string,
    private readonly line: number,
  ) {}

  get links(): Link[] {
    if (this.found === undefined) this.found = linksIn(this.raw, this.line);
    return this.found;
  }

  get text(): string {
    if (this.shown === undefined) this.shown = readInline(this.raw, 0).text;
    return this.shown;
  }

  get figure(): Figure | null {
    if (this.fig === undefined) this.fig = this.text === "" ? null : parseFigure(this.text);
    return this.fig;
  }

  toJSON(): Cell {
    return { raw: this.raw, text: this.text, links: this.links, figure: this.figure };
  }
}
