/** One episode per rotation across notes: episodes whose sides name the same groups and whose dates meet become one, keeping every source. */
import type { Taxonomy } from "../taxonomy/taxonomy";
import { datesMeet, fromNames, sameRotation } from "./sameRotation";
import { candidatesOf, toEpisode } from "./toEpisode";
import type { Candidate, Conflict, Episode } from "./types";

/** Past this many episodes filed under one group, each is compared with its neighbours in time only. */
const WINDOW = 64;

export function mergeAcross(episodes: Episode[], asOf: string, taxonomy: Taxonomy, byPriority: (a: Candidate, b: Candidate) => number): Episode[] {
  const parent = episodes.map((_, i) => i);
  // Iterative, with path halving: a long chain of joined episodes never deepens the stack.
  const find = (i: number): number => {
    let at = i;
    while (parent[at] !== at) at = parent[at] = parent[parent[at]];
    return at;
  };
  for (const bucket of buckets(episodes, taxonomy).values()) {
    bucket.sort((a, b) => (episodes[a].start ?? "").localeCompare(episodes[b].start ?? ""));
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length && y - x <= WINDOW; y++) {
        const [i, j] = [bucket[x], bucket[y]];
        if (find(i) !== find(j) && joins(episodes[i], episodes[j], taxonomy)) parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, Episode[]>();
  episodes.forEach((e, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), e]));
  return [...groups.values()].map((g) => (g.length === 1 ? g[0] : merged(g, asOf, taxonomy, byPriority)));
}

/**
 * The most deliberate kind of source speaks first and, among equals, the one that saw the rotation
 * begin earliest; what the other notes say differently stays visible as conflicts.
 */
function merged(g: Episode[], asOf: string, taxonomy: Taxonomy, byPriority: (a: Candidate, b: Candidate) => number): Episode {
  const ordered = g.flatMap(candidatesOf).sort((a, b) => kindOrder(a, b, byPriority) || (a.start ?? "9999").localeCompare(b.start ?? "9999") || byPriority(a, b));
  const e = toEpisode(ordered, asOf, taxonomy);
  const conflicts: Conflict[] = [];
  for (const part of g) {
    if (part.start !== null && e.start !== null && part.start.slice(0, 7) !== e.start.slice(0, 7)) conflicts.push({ field: "start", value: part.start, source: part.sources[0] });
    if (part.type !== e.type) conflicts.push({ field: "type", value: part.type, source: part.sources[0] });
  }
  if (conflicts.length) e.conflicts = conflicts;
  return e;
}

/** Kind only: a candidate compared with itself moved to another note tells its kind's rank. */
function kindOrder(a: Candidate, b: Candidate, byPriority: (a: Candidate, b: Candidate) => number): number {
  const same = { path: "", line: 0, heading: null };
  return Math.sign(byPriority({ ...a, source: same }, { ...b, source: same }));
}

/** Episodes filed under each group their sell side's headline names. */
function buckets(episodes: Episode[], taxonomy: Taxonomy): Map<string, number[]> {
  const out = new Map<string, number[]>();
  episodes.forEach((e, i) => {
    for (const n of fromNames(e, taxonomy)) out.set(n, [...(out.get(n) ?? []), i]);
  });
  return out;
}

/** Different notes, the same rotation, dates that meet; an undated one only when its note links to the other's. */
function joins(a: Episode, b: Episode, taxonomy: Taxonomy): boolean {
  const notesA = new Set(a.sources.map((s) => s.path));
  if (b.sources.some((s) => notesA.has(s.path))) return false;
  if (!sameRotation(a, b, taxonomy)) return false;
  if (a.start !== null && b.start !== null) return datesMeet(a, b);
  const [undated, dated] = a.start === null ? [a, b] : [b, a];
  return dated.sources.some((s) => undated.links.includes(s.path.replace(/\.md$/, "").split("/").pop() ?? ""));
}
