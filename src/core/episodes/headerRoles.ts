/** Which column of a table plays which episode role, by header text and its synonyms. */
import { normalizeLabel } from "../model/labels";
import type { Table } from "../model/types";

export type Role = "period" | "rotation" | "trigger" | "sell" | "buy" | "duration" | "winner";

const SYNONYMS: Record<Role, string[]> = {
  period: ["period", "date", "year", "when", "dates", "timing"],
  rotation: ["rotation", "type", "rotation type", "shift", "leadership shift", "regime", "regime shift", "move"],
  trigger: ["trigger", "catalyst", "driver", "cause"],
  sell: ["sell side", "out of", "from", "sold", "sell", "outflows", "losers"],
  buy: ["buy side", "into", "in to", "to", "bought", "buy", "inflows"],
  duration: ["duration", "length", "lasted"],
  winner: ["winner", "leader", "leadership", "led", "won"],
};

/** Synonym → role, for one lookup per header. */
const ROLE_OF = new Map<string, Role>(
  (Object.keys(SYNONYMS) as Role[]).flatMap((role) => SYNONYMS[role].map((w): [string, Role] => [w, role])),
);
const LONGEST = [...ROLE_OF.keys()].reduce((m, w) => Math.max(m, w.length), 0);

export function roleOf(header: string): Role | null {
  // Headers far longer than any synonym ("Upside to 12-month target") are settled without normalising.
  if (header.length > LONGEST + 8) return null;
  return ROLE_OF.get(normalizeLabel(header)) ?? null;
}

/** Column index per role (the first column of each role wins). */
export function columnRoles(table: Table): Partial<Record<Role, number>> {
  const roles: Partial<Record<Role, number>> = {};
  table.header.cells.forEach((c, i) => {
    const r = roleOf(c.text);
    if (r && roles[r] === undefined) roles[r] = i;
  });
  return roles;
}

/** An episode table names a period or a rotation, and at least one side. */
export function isEpisodeTable(roles: Partial<Record<Role, number>>): boolean {
  return (roles.period !== undefined || roles.rotation !== undefined) && (roles.sell !== undefined || roles.buy !== undefined);
}
