/**
 * Scores episodes against a labelled set (test/fixtures/episode-set): recall, precision and field accuracy, matched by
 * source line ±2 as the shared corpus's scorer does.
 */
import type { Episode } from "../../src/core/episodes/types";

export interface Label {
  id: string;
  sources: [string, number][];
  start: string;
  ongoing: boolean;
  type: string;
  fromKeys: string[];
  toKeys: string[];
}

export interface LabelledSet {
  asOf: string;
  episodes: Label[];
  mustNotProduce: string[];
}

export interface Score {
  recall: number;
  precision: number;
  fields: number;
  misses: string[];
  falsePositives: string[];
  wrongFields: string[];
}

const words = (t: string): string =>
  ` ${t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;

/** Lines between an episode's nearest source and a label's, or Infinity in another note. */
function distance(e: Episode, label: Label): number {
  let best = Infinity;
  for (const s of e.sources) for (const [note, line] of label.sources) if (note === s.path) best = Math.min(best, Math.abs(line - s.line));
  return best;
}

function fieldErrors(e: Episode, l: Label): string[] {
  const side = (text: string, keys: string[]): boolean =>
    keys.some((k) => words(text).includes(` ${k} `) || words(text).includes(` ${k}s `));
  const checks: [string, boolean][] = [
    ["start", (e.start ?? "").slice(0, 7) === l.start],
    ["ongoing", e.ongoing === l.ongoing],
    ["type", e.type === l.type],
    ["from", side([e.from, ...e.sellSide].join(" "), l.fromKeys)],
    ["to", side([e.to, ...e.buySide].join(" "), l.toKeys)],
  ];
  return checks.filter(([, ok]) => !ok).map(([f]) => `${l.id} ${f}`);
}

export function scoreEpisodes(episodes: Episode[], set: LabelledSet): Score {
  const used = new Set<Episode>();
  const misses: string[] = [];
  const wrongFields: string[] = [];
  let fieldsOk = 0;
  for (const l of set.episodes) {
    const e = episodes.filter((x) => !used.has(x) && distance(x, l) <= 2).sort((a, b) => distance(a, l) - distance(b, l))[0];
    if (!e) {
      misses.push(l.id);
      continue;
    }
    used.add(e);
    const errors = fieldErrors(e, l);
    wrongFields.push(...errors);
    fieldsOk += 5 - errors.length;
  }
  const falsePositives = episodes
    .filter((e) => !used.has(e))
    .map((e) => `${e.rotation} at ${e.sources.map((s) => `${s.path}:${s.line}`).join(", ")}`);
  const found = set.episodes.length - misses.length;
  return {
    recall: (100 * found) / set.episodes.length,
    precision: found + falsePositives.length ? (100 * found) / (found + falsePositives.length) : 0,
    fields: found ? (100 * fieldsOk) / (5 * found) : 0,
    misses,
    falsePositives,
    wrongFields,
  };
}
