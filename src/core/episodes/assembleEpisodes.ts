/** From the candidates of many notes to the vault's episodes: bucket by rotation key, merge overlapping periods, order newest first, give ids. */
import { defaultTaxonomy, type Taxonomy } from "../taxonomy/taxonomy";
import { mergeAcross } from "./mergeAcross";
import { byPriority, groupByPeriod } from "./mergeCandidates";
import { rotationKey } from "./rotationKey";
import { textOrder } from "./textOrder";
import { toEpisode } from "./toEpisode";
import type { Candidate, Episode } from "./types";

/** The episodes of one rotation key: what the episode index recomputes when a note under that key changes. */
export function episodesOfKey(candidates: Candidate[], asOf: string, taxonomy: Taxonomy = defaultTaxonomy): Episode[] {
  return groupByPeriod(candidates).map((g) => toEpisode(g, asOf, taxonomy));
}

/** All at once, for a one-shot read of a vault; the episode index gives the same answer note by note. */
export function assembleEpisodes(candidates: Candidate[], asOf: string, taxonomy: Taxonomy = defaultTaxonomy): Episode[] {
  const buckets = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = rotationKey(c);
    buckets.set(key, [...(buckets.get(key) ?? []), c]);
  }
  return orderEpisodes(
    mergeAcross(
      [...buckets.values()].flatMap((b) => episodesOfKey(b, asOf, taxonomy)),
      asOf,
      taxonomy,
      byPriority,
    ),
  );
}

/**
 * Newest first (by start, then by first source), each carrying its id. Fastest when the input is
 * already nearly in order, as the episode index passes it.
 */
export function orderEpisodes(episodes: Episode[]): Episode[] {
  // Ids are set on the episodes themselves (not copies): re-ordering after one edit then costs a sort, not a copy of every episode.
  const sorted = [...episodes].sort(newestFirst);
  const used = new Map<string, number>();
  for (const e of sorted) {
    const base = baseId(e);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    e.id = n === 1 ? base : `${base}-${n}`;
  }
  return sorted;
}

function newestFirst(a: Episode, b: Episode): number {
  const as = a.start ?? "";
  const bs = b.start ?? "";
  if (as !== bs) return as < bs ? 1 : -1;
  const ap = a.sources[0];
  const bp = b.sources[0];
  return (
    textOrder(ap.path, bp.path) ||
    ap.line - bp.line ||
    textOrder(a.rotation, b.rotation) ||
    textOrder(a.label, b.label) ||
    textOrder(`${a.from}→${a.to}`, `${b.from}→${b.to}`)
  );
}

/** Readable in links and stable across runs: "2022-01-growth-value"; a collision gets "-2", "-3" in source order. */
const baseIds = new WeakMap<Episode, string>();

function baseId(e: Episode): string {
  const known = baseIds.get(e);
  if (known !== undefined) return known;
  const id = computeBaseId(e);
  baseIds.set(e, id);
  return id;
}

function computeBaseId(e: Episode): string {
  const name = e.label.includes(": ") ? e.label.slice(e.label.indexOf(": ") + 2) : e.label;
  return `${(e.start ?? "undated").slice(0, 7)}-${slug(name) || "rotation"}`;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/\[\[|\]\]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 30)
    .replace(/-$/, "");
}
