/** A readable plain-text table of episodes for the terminal. */
import type { Episode } from "../core/episodes/types";

export function episodesTable(episodes: Episode[], asOf: string): string {
  const rows = episodes.map((e) => [
    e.period ?? "—",
    e.rotation,
    e.type,
    e.ongoing ? `ongoing ${e.durationMonths ?? "?"}mo` : e.durationMonths === null ? "—" : `${e.durationMonths}mo`,
    e.divergencePp === null ? "—" : `${e.divergencePp}pp`,
    `${e.sources[0].path}:${e.sources[0].line}`,
  ]);
  const head = ["Period", "Rotation", "Type", "Duration", "Divergence", "Source"];
  const widths = head.map((h, i) => Math.min(40, rows.reduce((w, r) => Math.max(w, r[i].length), h.length)));
  const fmt = (r: string[]): string => r.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [`${episodes.length} episode${episodes.length === 1 ? "" : "s"} as of ${asOf}`, fmt(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(fmt)].join("\n");
}
