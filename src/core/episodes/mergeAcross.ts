/**
 * One episode per rotation across notes: episodes whose sides name the same groups and whose dates meet become one,
 * keeping every source.
 */
import { findTerms, type Taxonomy } from "../taxonomy/taxonomy";
import { datesMeet, sidesOf, type Sides } from "./sameRotation";
import { textOrder } from "./textOrder";
import { candidatesOf, toEpisode } from "./toEpisode";
import type { Candidate, Conflict, Episode } from "./types";

/**
 * Keeps, between calls, which episodes tell the same rotation (an edge per pair), so a change to a few
 * notes costs a few comparisons instead of a pass over every pair: the episode index holds one.
 */
export class AcrossMerger {
  private readonly adj = new Map<Episode, Set<Episode>>();
  private readonly buckets = new Map<string, Set<Episode>>();
  private readonly keys = new Map<Episode, string[]>();

  constructor(
    private readonly taxonomy: Taxonomy,
    private readonly byPriority: (a: Candidate, b: Candidate) => number,
  ) {}

  merge(all: Episode[], asOf: string): Episode[] {
    const isPartial = (e: Episode): boolean => candidatesOf(e).length > 0 && candidatesOf(e).every((c) => c.partial === true);
    const partials = all.filter(isPartial);
    const episodes = partials.length ? all.filter((e) => !isPartial(e)) : all;
    const current = new Set(episodes);
    if (this.adj.size > 0) for (const e of [...this.adj.keys()]) if (!current.has(e)) this.remove(e);
    for (const e of episodes) if (!this.adj.has(e)) this.add(e);
    const groups = this.components(episodes);
    // A one-sided mention joins the first rotation it fits; alone it is not an episode.
    for (const p of partials.slice().sort(bySource)) {
      // The fitting rotation told first in source order, whatever order the episodes came in.
      const fitting = groups.filter((g) => g.some((e) => fits(p, e, this.taxonomy)));
      fitting.sort((a, b) => bySource(a[0], b[0]))[0]?.push(p);
    }
    return groups.map((g) => (g.length === 1 ? g[0] : remembered(g, asOf, () => merged(g, asOf, this.taxonomy, this.byPriority))));
  }

  private add(e: Episode): void {
    const edges = new Set<Episode>();
    this.adj.set(e, edges);
    const keys = keysOf(sidesOf(e, this.taxonomy));
    this.keys.set(e, keys);
    for (const k of keys) {
      let b = this.buckets.get(k);
      if (!b) this.buckets.set(k, (b = new Set()));
      for (const o of b) {
        if (edges.has(o) || !datesMeet(e, o) || !joins(e, o)) continue;
        edges.add(o);
        this.adj.get(o)?.add(e);
      }
      b.add(e);
    }
  }

  private remove(e: Episode): void {
    for (const o of this.adj.get(e) ?? []) this.adj.get(o)?.delete(e);
    this.adj.delete(e);
    for (const k of this.keys.get(e) ?? []) this.buckets.get(k)?.delete(e);
    this.keys.delete(e);
  }

  /** Connected episodes, each group of several in source order. */
  private components(episodes: Episode[]): Episode[][] {
    const seen = new Set<Episode>();
    const groups: Episode[][] = [];
    for (const e of episodes) {
      if (seen.has(e)) continue;
      seen.add(e);
      const g = [e];
      for (let k = 0; k < g.length; k++) {
        for (const n of this.adj.get(g[k]) ?? []) {
          if (seen.has(n)) continue;
          seen.add(n);
          g.push(n);
        }
      }
      groups.push(g.length > 1 ? g.sort(bySource) : g);
    }
    return groups;
  }
}

/** Two episodes tell the same rotation exactly when they share a sell headline group and a buy group. */
function keysOf(s: Sides): string[] {
  const out: string[] = [];
  for (const f of s.from) for (const g of s.buy) out.push(`${f}→${g}`);
  return out;
}

function bySource(a: Episode, b: Episode): number {
  const x = a.sources[0];
  const y = b.sources[0];
  return textOrder(x?.path ?? "", y?.path ?? "") || (x?.line ?? 0) - (y?.line ?? 0) || textOrder(a.start ?? "", b.start ?? "");
}

/**
 * The merged episode of the same members and as-of date as last time, so an edit elsewhere costs no rebuild (and keeps
 * its place in the order).
 */
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
  const ordered = g
    .flatMap(candidatesOf)
    .sort((a, b) => kindOrder(a, b, byPriority) || textOrder(a.start ?? "9999", b.start ?? "9999") || byPriority(a, b));
  const e = toEpisode(ordered, asOf, taxonomy);
  const conflicts: Conflict[] = [];
  for (const part of g) {
    if (part.start !== null && e.start !== null && part.start.slice(0, 7) !== e.start.slice(0, 7))
      conflicts.push({ field: "start", value: part.start, source: part.sources[0] });
    // A one-sided mention has no type of its own to disagree with.
    if (part.type !== e.type && !candidatesOf(part).every((c) => c.partial === true))
      conflicts.push({ field: "type", value: part.type, source: part.sources[0] });
  }
  if (conflicts.length) e.conflicts = (e.conflicts ?? []).concat(conflicts);
  return e;
}

/** Kind only: a candidate compared with itself moved to another note tells its kind's rank. */
function kindOrder(a: Candidate, b: Candidate, byPriority: (a: Candidate, b: Candidate) => number): number {
  const same = { path: "", line: 0, heading: null };
  return Math.sign(byPriority({ ...a, source: same }, { ...b, source: same }));
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
