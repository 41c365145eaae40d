/** Any decision table in the vault as a classifier: the row whose cells match the inputs gives the verdict. */
import type { Row, Table } from "../model/types";
import { normalizeLabel } from "../model/labels";
import type { Verdict, VerdictInput } from "./verdict";

export function rules(table: Table, inputs: Record<string, string>, where: { path: string; heading?: string | null }): Verdict {
  const headers = table.header.cells.map((c) => c.text);
  const cols = new Map<string, number>();
  const problems: string[] = [];
  for (const name of Object.keys(inputs)) {
    const i = headers.findIndex((h) => normalizeLabel(h) === normalizeLabel(name));
    if (i === -1) problems.push(`The decision table has no column "${name}"; its columns are ${headers.map((h) => `"${h}"`).join(", ")}.`);
    else cols.set(name, i);
  }
  const verdictInputs: VerdictInput[] = Object.entries(inputs).map(([name, value]) => ({ name, value }));
  if (problems.length) return { label: "Cannot apply the table", rationale: problems[0], inputs: verdictInputs, problems };
  const row = table.rows.find((r) => [...cols].every(([name, i]) => matches(r, i, inputs[name])));
  if (!row) {
    const allowed = [...cols].map(([name, i]) => `${name}: ${[...new Set(table.rows.map((r) => r.cells[i].text))].join(" / ")}`);
    return {
      label: "No matching row",
      rationale: `No row of the table matches these inputs.`,
      inputs: verdictInputs,
      problems: [`Allowed values — ${allowed.join("; ")}.`],
    };
  }
  const used = new Set(cols.values());
  const outputs = headers.map((name, i) => ({ name, value: row.cells[i].text })).filter((_, i) => i > 0 && !used.has(i));
  const label = row.cells[0].text;
  return {
    label,
    rationale: `Row "${label}" (line ${row.line}${where.heading ? ` under "${where.heading}"` : ""}) matches ${[...cols.keys()].map((k) => `${k} = ${inputs[k]}`).join(", ")}.`,
    inputs: verdictInputs.map((v) => ({ ...v, source: v.source ?? undefined })),
    outputs,
  };
}

/** Text matches case-insensitively without marks; a signed number matches Up or Down by its sign. */
function matches(row: Row, col: number, value: string): boolean {
  const cell = normalizeLabel(row.cells[col]?.text ?? "");
  const want = normalizeLabel(value);
  if (cell === want) return true;
  const n = Number(value.replace(/[%\s]/g, "").replace("−", "-"));
  if (value.trim() !== "" && Number.isFinite(n)) return (n < 0 && cell === "down") || (n >= 0 && cell === "up");
  return false;
}
