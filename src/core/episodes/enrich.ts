/** Source (d): captions under a period's heading and rotation comparison tables add legs and divergence to episodes of the same note. */
import type { NoteModel, Table } from "../model/types";
import { periodToRange } from "../dates/periodToRange";
import { splitRotation } from "../taxonomy/classifyRotation";
import { rotationKey } from "./candidate";
import { normalizeLabel } from "./headerRoles";
import { legsIn, splitSide, statedDivergence } from "./sides";
import type { Candidate, SourceRef } from "./types";

export function enrichFromCaptions(note: NoteModel, candidates: Candidate[]): void {
  for (const cap of note.captions) {
    const prefix = cap.heading ? /^(.+?):\s/.exec(cap.heading.text)?.[1] : undefined;
    const range = prefix ? periodToRange(prefix) : null;
    if (!range) continue;
    const target = candidates.find((c) => c.start === range.start && c.end === range.end && c.kind !== "flow");
    if (!target) continue;
    const source: SourceRef = { path: note.path, line: cap.line, heading: cap.heading?.text ?? null };
    const legs = legsIn(cap.text, source);
    if (legs.length >= 2 || (legs.length && !target.legs.length)) {
      target.legs = legs;
      target.fieldSources.legs = source;
    }
    const pp = statedDivergence(cap.text);
    if (pp !== null) setDivergence(target, pp, source);
  }
}

/** `| | Software → Energy | Large → Small |` tables, then `| | XLE vs IGV (~43pp) | … |` tables, in that order. */
export function enrichFromComparisonTables(note: NoteModel, candidates: Candidate[]): void {
  let lastRotations: (Candidate | null)[] = [];
  for (const table of note.tables) {
    if (table.header.cells[0]?.text !== "" || table.header.cells.length < 2) continue;
    const heads = table.header.cells.slice(1).map((c) => c.text);
    if (heads.some((h) => splitRotation(h))) {
      lastRotations = heads.map((h, k) => applyColumn(note, table, h, k + 1, candidates));
      continue;
    }
    heads.forEach((h, k) => {
      const m = /^(.+?)\s*\(\s*(?:~|≈)?(\d+(?:\.\d+)?)\s*pp\s*\)$/i.exec(h);
      if (!m) return;
      const expr = normalizeLabel(m[1]);
      const target = candidates.find((c) => c.expression !== null && normalizeLabel(c.expression) === expr) ?? lastRotations[k] ?? null;
      if (target) setDivergence(target, Number(m[2]), { path: note.path, line: table.line, heading: table.heading?.text ?? null });
    });
  }
}

function applyColumn(note: NoteModel, table: Table, head: string, col: number, candidates: Candidate[]): Candidate | null {
  const split = splitRotation(head);
  if (!split) return null;
  const key = rotationKey({ from: split.from, to: split.to, rotation: head });
  const target = candidates.find((c) => rotationKey(c) === key);
  if (!target) return null;
  for (const row of table.rows) {
    const label = normalizeLabel(row.cells[0]?.text ?? "");
    const value = row.cells[col]?.text ?? "";
    const source: SourceRef = { path: note.path, line: row.line, heading: table.heading?.text ?? null };
    if (label === "sell side" && !target.sellSide.length) [target.sellSide, target.fieldSources.sellSide] = [splitSide(value), source];
    if (label === "buy side" && !target.buySide.length) [target.buySide, target.fieldSources.buySide] = [splitSide(value), source];
    if (label === "expression") target.expression = value;
    if ((label === "trigger" || label === "driver") && !target.trigger) [target.trigger, target.fieldSources.trigger] = [value, source];
  }
  return target;
}

function setDivergence(c: Candidate, pp: number, source: SourceRef): void {
  c.divergencePp = pp;
  c.divergenceSource = "stated";
  c.fieldSources.divergence = source;
}
