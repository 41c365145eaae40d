/**
 * Tells an episode table from an ordinary one that shares its headers (trades, trips, awards, companies): its cells
 * must speak of market groups.
 */
import type { Table } from "../model/types";
import { splitRotation } from "../taxonomy/splitRotation";
import { findTerms, type Taxonomy } from "../taxonomy/taxonomy";
import type { Role } from "./headerRoles";

export type TableKind = "sides" | "rotation" | "winner" | null;

const REGIME = /^\s*(risk[\s-]?(on|off)|broadening|narrowing)\s*$/i;

/**
 * Dated rows, and either side columns that mostly name market groups, a rotation column of mostly
 * "X → Y" phrases (or regimes), or a Winner column naming styles. A table without a period column is
 * a taxonomy, not history.
 */
export function tableKind(table: Table, roles: Partial<Record<Role, number>>, taxonomy: Taxonomy): TableKind {
  if (roles.period === undefined || table.rows.length === 0) return null;
  const cells = (role: Role): string[] =>
    roles[role] === undefined
      ? []
      : table.rows.map((r) => r.cells[roles[role] as number]?.text ?? "").filter((t) => t.trim() !== "" && t.trim() !== "—");
  const mostly = (texts: string[], test: (t: string) => boolean): boolean =>
    texts.length > 0 && texts.filter(test).length * 2 > texts.length;
  const known = (t: string): boolean => findTerms(t, taxonomy).length > 0;
  if (mostly([...cells("sell"), ...cells("buy")], known)) return "sides";
  const rotations = cells("rotation");
  if (mostly(rotations, (t) => isRotation(t, taxonomy))) return "rotation";
  if (mostly(cells("winner"), (t) => findTerms(t, taxonomy).some((h) => OTHER_SIDE.has(h.name)))) return "winner";
  return null;
}

/** "Growth → Value" with both ends known, a regime change written short ("Risk-on → off"), or a regime by name. */
function isRotation(text: string, taxonomy: Taxonomy): boolean {
  if (REGIME.test(text)) return true;
  const split = splitRotation(text);
  if (!split || split.to.includes("→")) return false;
  if (/^(on|off)$/i.test(split.to.trim())) return /risk/i.test(split.from);
  return findTerms(split.from, taxonomy).length > 0 && findTerms(split.to, taxonomy).length > 0;
}

/** A winner implies who lost: the other style or size. */
export const OTHER_SIDE = new Map<string, string>([
  ["growth", "Value"],
  ["value", "Growth"],
  ["small caps", "Large caps"],
  ["large caps", "Small caps"],
  ["defensives", "Cyclicals"],
  ["cyclicals", "Defensives"],
]);
