/** Full index time, heap, and one note's incremental update, at several vault sizes. */
import { parseNote } from "../src/core/parse/parseNote";
import { renderIndexRegion } from "../src/core/indexNote/renderIndexRegion";
import { episodeMetrics } from "../src/core/metrics/episodeMetrics";
import { EpisodeIndex } from "../src/core/episodeIndex/EpisodeIndex";
import type { Episode, NoteExtraction } from "../src/core/episodes/types";
import { heapPeakMb, median } from "./measure";
import { syntheticVault } from "./syntheticVault";

export interface IndexReport {
  notes: number;
  fullMs: number;
  heapMb: number;
  /** Re-reading one edited note into the index. */
  updateMs: number;
  /** Then reading the vault's episode list back, newest first (what the index note needs). */
  listMs: number;
  /** A restart over an unchanged vault: the per-note cache read back instead of every note parsed. */
  warmMs: number;
  episodes: number;
}

export function indexBench(count: number): { report: IndexReport; episodes: Episode[] } {
  const vault = syntheticVault(count, 11);
  let index = new EpisodeIndex();
  let fullMs = 0;
  const heapMb = heapPeakMb((sample) => {
    const t0 = performance.now();
    index = new EpisodeIndex();
    vault.forEach((n, i) => {
      index.update(parseNote(n.path, n.text), n.text);
      if (i % 500 === 0) sample();
    });
    index.episodes("2026-03-01");
    fullMs = performance.now() - t0;
  });
  // Time: the median of that run and two more, so one garbage-collection pause does not decide the figure.
  const runs = [fullMs];
  for (let k = 0; k < 2; k++) {
    const t0 = performance.now();
    const again = new EpisodeIndex();
    for (const n of vault) again.update(parseNote(n.path, n.text), n.text);
    again.episodes("2026-03-01");
    runs.push(performance.now() - t0);
  }
  fullMs = median(runs);
  // One note edited again and again: a changed divergence in its caption, then the merged list read back.
  const target = vault[Math.floor(count / 2)];
  const times: number[] = [];
  const lists: number[] = [];
  for (let k = 0; k < 30; k++) {
    const text = target.text.replace(/~\d+pp divergence/, `~${k}pp divergence`);
    const t0 = performance.now();
    index.update(parseNote(target.path, text), text);
    const t1 = performance.now();
    index.episodes("2026-03-01");
    times.push(t1 - t0);
    lists.push(performance.now() - t1);
  }
  const episodes = index.episodes("2026-03-01");
  return {
    report: {
      notes: count,
      fullMs,
      heapMb,
      updateMs: median(times),
      listMs: median(lists),
      warmMs: warmStart(index, vault),
      episodes: episodes.length,
    },
    episodes,
  };
}

export function indexNoteBench(episodes: Episode[], sizes: number[]): { episodes: number; ms: number }[] {
  return sizes.map((n) => {
    const slice: Episode[] = [];
    while (slice.length < n && episodes.length) slice.push(...episodes.slice(0, n - slice.length));
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      renderIndexRegion({ episodes: slice, metrics: episodeMetrics(slice), asOf: "2026-03-01" });
      times.push(performance.now() - t0);
    }
    return { episodes: slice.length, ms: median(times) };
  });
}

/** What the plugin does on a warm start: parse the cache file, restore each note's extraction, list the episodes. */
function warmStart(index: EpisodeIndex, vault: { path: string }[]): number {
  const cacheText = JSON.stringify({
    version: "bench",
    notes: Object.fromEntries(vault.map((n) => [n.path, { mtime: 1, size: 1, extraction: index.extraction(n.path) }])),
  });
  const t0 = performance.now();
  const data = JSON.parse(cacheText) as { notes: Record<string, { extraction: NoteExtraction }> };
  const warm = new EpisodeIndex();
  for (const [path, note] of Object.entries(data.notes)) warm.restore(path, note.extraction);
  warm.episodes("2026-03-01");
  return performance.now() - t0;
}
