/** The plain JSON shape of an episode, for the CLI and exports. */
import type { Episode } from "./types";

export function episodeToJson(e: Episode): Record<string, unknown> {
  return {
    id: e.id,
    label: e.label,
    period: e.period,
    start: e.start,
    end: e.end,
    ongoing: e.ongoing,
    durationMonths: e.durationMonths,
    rotation: e.rotation,
    from: e.from,
    to: e.to,
    type: e.type,
    typeReason: e.typeReason,
    trigger: e.trigger,
    sellSide: e.sellSide,
    buySide: e.buySide,
    legs: e.legs.map((l) => ({ ticker: l.ticker, change: l.change, raw: l.raw, source: l.source })),
    divergencePp: e.divergencePp,
    divergenceSource: e.divergenceSource,
    links: e.links,
    sources: e.sources,
    fieldSources: e.fieldSources,
    conflicts: e.conflicts ?? [],
    foundBy: e.foundBy ?? [],
    evidence: evidenceOf(e),
  };
}

/** Every line an episode was read from, each once, in note and line order. */
function evidenceOf(e: Episode): { path: string; line: number }[] {
  const seen = new Map<string, { path: string; line: number }>();
  for (const s of [...e.sources, ...Object.values(e.fieldSources), ...e.legs.map((l) => l.source)])
    if (s) seen.set(`${s.path}:${s.line}`, { path: s.path, line: s.line });
  return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}
