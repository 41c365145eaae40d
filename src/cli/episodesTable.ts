/** A readable plain-text table of episodes for the terminal, cut to its width. */
import type { Episode } from "../core/episodes/types";
import { counted } from "../core/text/plural";

export function episodesTable(episodes: Episode[], asOf: string, columns?: number): string {
  const rows = episodes.map((e) => [
    e.period ?? "—",
    e.rotation,
    e.type,
    e.ongoing ? `ongoing ${e.durationMonths ?? "?"}mo` : e.durationMonths === null ? "—" : `${e.durationMonths}mo`,
    e.divergencePp === null ? "—" : `${e.divergencePp}pp`,
    `${e.sources[0].path}:${e.sources[0].line}`,
  ]);
  const head = ["Period", "Rotation", "Type", "Duration", "Divergence", "Source"];
  const widths = fitWidths(
    head.map((h, i) =>
      Math.min(
        40,
        rows.reduce((w, r) => Math.max(w, r[i].length), h.length),
      ),
    ),
    columns,
  );
  const fmt = (r: string[]): string =>
    r
      .map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const title = `${counted(episodes.length, "episode")} as of ${asOf}`;
  return [title, fmt(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(fmt)].join("\n");
}

/** Narrow the widest column, one character at a time, until the row fits the terminal (columns keep at least 6). */
function fitWidths(widths: number[], columns: number | undefined): number[] {
  if (columns === undefined || columns <= 0) return widths;
  const w = [...widths];
  const total = (): number => w.reduce((a, b) => a + b, 0) + 2 * (w.length - 1);
  while (total() > columns) {
    const widest = w.reduce((best, x, i) => (x > w[best] ? i : best), 0);
    if (w[widest] <= 6) break;
    w[widest]--;
  }
  return w;
}
