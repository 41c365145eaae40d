/** Episodes as CSV or JSON text, for the export commands. */
import { episodeToJson } from "../episodes/episodeJson";
import type { Episode } from "../episodes/types";

const COLUMNS: [string, (e: Episode) => string | number | boolean | null][] = [
  ["id", (e) => e.id],
  ["period", (e) => e.period],
  ["start", (e) => e.start],
  ["end", (e) => e.end],
  ["ongoing", (e) => e.ongoing],
  ["duration_months", (e) => e.durationMonths],
  ["rotation", (e) => e.rotation],
  ["type", (e) => e.type],
  ["trigger", (e) => e.trigger],
  ["sell_side", (e) => e.sellSide.join("; ")],
  ["buy_side", (e) => e.buySide.join("; ")],
  ["divergence_pp", (e) => e.divergencePp],
  ["source", (e) => `${e.sources[0].path}:${e.sources[0].line}`],
];

export function episodesToCsv(episodes: Episode[]): string {
  const rows = [COLUMNS.map(([name]) => name).join(","), ...episodes.map((e) => COLUMNS.map(([, get]) => csvCell(get(e))).join(","))];
  return `${rows.join("\n")}\n`;
}

/** RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets do not read a cell as a formula. */
function csvCell(v: string | number | boolean | null): string {
  if (v === null) return "";
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function episodesToJsonText(episodes: Episode[], asOf: string): string {
  return `${JSON.stringify({ asOf, episodes: episodes.map(episodeToJson) }, null, 2)}\n`;
}
