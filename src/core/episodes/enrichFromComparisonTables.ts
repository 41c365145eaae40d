/**
 * Source (d), comparison tables: `| | Software → Energy | … |` columns fill that rotation's sides, and `| | XLE vs IGV
 * (~43pp) | … |` its divergence.
 */
import type { NoteModel, Table } from "../model/types";
import { periodToRange } from "../dates/periodToRange";
import { linkTargets, setStatedDivergence } from "./candidate";
import { normalizeLabel } from "../model/labels";
import { rotationKey } from "./rotationKey";
import { splitSide } from "./sides";
import { splitRotation } from "../taxonomy/classifyRotation";
import type { Candidate, SourceRef } from "./types";

/** Matched against a header whose white space is folded: single-space gaps keep it linear. */
const PP_HEADER = /^(.+?) ?\( ?(?:~|≈)?(\d+(?:\.\d+)?) ?pp ?\)$/i;

/** Rotation tables first, then the divergence table after them, whose columns follow the same order. */
export function enrichFromComparisonTables(note: NoteModel, candidates: Candidate[]): void {
  let lastRotations: (Candidate | null)[] = [];
  for (const table of note.tables) {
    if (table.header.cells[0]?.text.trim() !== "" || table.header.cells.length < 2) continue;
    const heads = table.header.cells.slice(1).map((c) => c.text);
    if (heads.some((h) => splitRotation(h))) {
      lastRotations = heads.map((h, k) => applyColumn(note, table, h, k + 1, candidates));
      continue;
    }
    heads.forEach((h, k) => {
      const m = PP_HEADER.exec(h.replace(/\s+/g, " ").trim());
      if (!m) return;
      const expr = normalizeLabel(m[1]);
      const target = candidates.find((c) => c.expression !== null && normalizeLabel(c.expression) === expr) ?? lastRotations[k] ?? null;
      if (target) setStatedDivergence(target, Number(m[2]), { path: note.path, line: table.line, heading: table.heading?.text ?? null });
    });
  }
}

function applyColumn(note: NoteModel, table: Table, head: string, col: number, candidates: Candidate[]): Candidate | null {
  const target = pick(
    candidates.filter((c) => rotationKey(c) === rotationKey({ from: "", to: "", rotation: head })),
    table.heading?.text ?? "",
  );
  if (!target) return null;
  target.links = [...new Set([...target.links, ...linkTargets(table.rows.map((r) => r.cells[col]).filter((c) => c !== undefined))])];
  for (const row of table.rows) {
    const label = normalizeLabel(row.cells[0]?.text ?? "");
    const value = row.cells[col]?.text.trim() ?? "";
    if (value === "") continue;
    const source: SourceRef = { path: note.path, line: row.line, heading: table.heading?.text ?? null };
    if (label === "sell side" && !target.sellSide.length) [target.sellSide, target.fieldSources.sellSide] = [splitSide(value), source];
    if (label === "buy side" && !target.buySide.length) [target.buySide, target.fieldSources.buySide] = [splitSide(value), source];
    if (label === "expression") target.expression = value;
    if ((label === "trigger" || label === "driver" || label === "catalyst") && !target.trigger)
      [target.trigger, target.fieldSources.trigger] = [value, source];
  }
  return target;
}

/**
 * Several episodes of one rotation (Growth → Value recurs): the one in the period the table's heading names, else the
 * ongoing or latest one.
 */
function pick(matches: Candidate[], heading: string): Candidate | null {
  if (matches.length <= 1) return matches[0] ?? null;
  const named = /\((\d{4}[^)]*)\)/.exec(heading)?.[1] ?? /\b(\d{4})\b/.exec(heading)?.[1];
  const range = named ? periodToRange(named) : null;
  const inPeriod = range ? matches.filter((c) => c.start !== null && c.start <= range.end && (c.end ?? "9999") >= range.start) : [];
  const pool = inPeriod.length ? inPeriod : matches;
  return [...pool].sort(
    (a, b) => Number(b.ongoing === true) - Number(a.ongoing === true) || (b.start ?? "").localeCompare(a.start ?? ""),
  )[0];
}
