/** @jest-environment jsdom */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { exampleEpisodeCount } from "../helpers/loadVault";
import { hugeLinkNote } from "../helpers/hugeNotes";
import { loadPlugin, startUp, tempCopy } from "../harness/testApp";

const CACHE = ".obsidian/plugins/rotation-lens/cache.json";
const ENERGY = "Energy rotation 2022.md";
type CacheFile = {
  version: string;
  notes: Record<string, { mtime: number; size: number; extraction: { candidates: unknown[]; problems: unknown[] } }>;
};
const readCache = (dir: string): CacheFile => JSON.parse(readFileSync(path.join(dir, CACHE), "utf8")) as CacheFile;

describe("a vault with a 200,000-link note and a poisoned cache entry", () => {
  it("indexes every note, drops the bad cache entry and writes a good one in its place", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    writeFileSync(path.join(dir, "Reading list.md"), hugeLinkNote());
    const first = await loadPlugin(dir, { copy: false });
    await startUp(first);
    const ids = first.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => e.id);
    expect(ids).toHaveLength(exampleEpisodeCount(EXAMPLE_VAULT).episodes + 1);
    expect(ids).toContain("2019-01-utilities-semiconductors");
    first.plugin.unload();

    const cache = readCache(dir);
    const good = cache.notes[ENERGY];
    // Right mtime and size, lists where lists belong, but candidates that are not candidates at all.
    cache.notes[ENERGY] = { ...good, extraction: { candidates: [{ rotation: { not: "text" } }, 42], problems: [] } };
    writeFileSync(path.join(dir, CACHE), JSON.stringify(cache));

    const again = await loadPlugin(dir, { copy: false });
    await startUp(again);
    expect(again.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => e.id)).toEqual(ids);
    expect(await again.plugin.index.whenReady()).toEqual({ complete: true, failures: [] });
    expect(again.app.vault.reads).toBe(1);
    again.plugin.unload();
    expect(readCache(dir).notes[ENERGY]).toEqual(good);
  });
});
