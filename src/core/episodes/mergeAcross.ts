/** One episode per rotation across notes: episodes whose sides name the same groups and whose dates meet become one, keeping every source. */
import { findTerms, type Taxonomy } from "../taxonomy/taxonomy";
import { datesMeet, fromNames, sameSides, sidesOf } from "./sameRotation";
import { textOrder } from "./textOrder";
import { candidatesOf, toEpisode } from "./toEpisode";
import type { Candidate, Conflict, Episode } from "./types";

/** Past this many episodes filed under one group, each is compared with its neighbours in time only. */
const WINDOW = 32;

export function mergeAcross(all: Episode[], asOf: string, taxonomy: Taxonomy, byPriority: (a: Candidate, b: Candidate) => number): Episode[] {
  const isPartial = (e: Episode): boolean => candidatesOf(e).length > 0 && candidatesOf(e).every((c) => c.partial === true);
  const partials = all.filter(isPartial);
  const episodes = partials.length ? all.filter((e) => !isPartial(e)) : all;
  const parent = episodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Worked out once per call, so the pair loop below only compares strings and sets.
  const starts = episodes.map((e) => e.start ?? "");
  const reaches = episodes.map(reachOf);
  const sides = episodes.map((e) => sidesOf(e, taxonomy));
  for (const bucket of buckets(episodes, taxonomy).values()) {
    bucket.sort((a, b) => textOrder(starts[a], starts[b]));
    for (let x = 0; x < bucket.length; x++) {
      const i = bucket[x];
      for (let y = x + 1; y < bucket.length && y - x <= WINDOW; y++) {
        const j = bucket[y];
        // Sorted by start: once one starts after this one's reach, the rest do too.
        if (starts[i] !== "" && starts[j] > reaches[i]) break;
        if (find(i) !== find(j) && sameSides(sides[i], sides[j]) && joins(episodes[i], episodes[j])) parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, Episode[]>();
  episodes.forEach((e, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(e);
    else groups.set(root, [e]);
  });
  // A one-sided mention joins the first rotation it fits; alone it is not an episode.
  for (const p of partials) {
    const i = episodes.findIndex((e) => fits(p, e, taxonomy));
    if (i !== -1) groups.get(find(i))?.push(p);
  }
  return [...groups.values()].map((g) => (g.length === 1 ? g[0] : remembered(g, asOf, () => merged(g, asOf, taxonomy, byPriority))));
}

/** The merged episode of the same members and as-of date as last time, so an edit elsewhere costs no rebuild (and keeps its place in the order). */
const lastMerge = new WeakMap<Episode, { members: Episode[]; asOf: string; episode: Episode }>();

function remembered(g: Episode[], asOf: string, make: () => Episode): Episode {
  const known = lastMerge.get(g[0]);
  if (known && known.asOf === asOf && known.members.length === g.length && known.members.every((m, i) => m === g[i])) return known.episode;
  const episode = make();
  lastMerge.set(g[0], { members: g, asOf, episode });
  return episode;
}

/**
 * The most deliberate kind of source speaks first and, among equals, the one that saw the rotation
 * begin earliest; what the other notes say differently stays visible as conflicts.
 */
function merged(g: Episode[], asOf: string, taxonomy: Taxonomy, byPriority: (a: Candidate, b: Candidate) => number): Episode {
  const ordered = g.flatMap(candidatesOf).sort((a, b) => kindOrder(a, b, byPriority) || textOrder(a.start ?? "9999", b.start ?? "9999") || byPriority(a, b));
  const e = toEpisode(ordered, asOf, taxonomy);
  const conflicts: Conflict[] = [];
  for (const part of g) {
    if (part.start !== null && e.start !== null && part.start.slice(0, 7) !== e.start.slice(0, 7)) conflicts.push({ field: "start", value: part.start, source: part.sources[0] });
    // A one-sided mention has no type of its own to disagree with.
    if (part.type !== e.type && !candidatesOf(part).every((c) => c.partial === true)) conflicts.push({ field: "type", value: part.type, source: part.sources[0] });
  }
  if (conflicts.length) e.conflicts = conflicts;
  return e;
}

/** Kind only: a candidate compared with itself moved to another note tells its kind's rank. */
function kindOrder(a: Candidate, b: Candidate, byPriority: (a: Candidate, b: Candidate) => number): number {
  const same = { path: "", line: 0, heading: null };
  return Math.sign(byPriority({ ...a, source: same }, { ...b, source: same }));
}

/** Last day an episode may cover, "9999-12-31" while it is ongoing or open. */
function reachOf(e: Episode): string {
  return e.ongoing || e.end === null ? "9999-12-31" : e.end;
}

/** Episodes filed under each group their sell side's headline names. */
function buckets(episodes: Episode[], taxonomy: Taxonomy): Map<string, number[]> {
  const out = new Map<string, number[]>();
  episodes.forEach((e, i) => {
    for (const n of fromNames(e, taxonomy)) {
      const b = out.get(n);
      if (b) b.push(i);
      else out.set(n, [i]);
    }
  });
  return out;
}

function fits(partial: Episode, e: Episode, taxonomy: Taxonomy): boolean {
  const names = (texts: string[]): Set<string> => new Set(texts.flatMap((t) => findTerms(t, taxonomy).map((h) => h.name)));
  const want = names(partial.buySide);
  const have = names([e.to, ...e.buySide]);
  return [...want].some((n) => have.has(n)) && datesMeet(partial, e) && !e.sources.some((s) => s.path === partial.sources[0]?.path);
}

/** Different notes, the same rotation, dates that meet; an undated one only when its note links to the other's. */
function joins(a: Episode, b: Episode): boolean {
  if (b.sources.some((s) => a.sources.some((o) => o.path === s.path))) return false;
  if (a.start !== null && b.start !== null) return datesMeet(a, b);
  const [undated, dated] = a.start === null ? [a, b] : [b, a];
  return dated.sources.some((s) => undated.links.includes(s.path.replace(/\.md$/, "").split("/").pop() ?? ""));
}
