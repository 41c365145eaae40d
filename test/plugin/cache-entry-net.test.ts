/** @jest-environment jsdom */
import type { App as RealApp } from "obsidian";
import type { NoteExtraction } from "../../src/core/episodes/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import type { NoteCache } from "../../src/plugin/noteCache";
import { NoteReader } from "../../src/plugin/noteReader";
import { App, MemoryStore } from "../fakes/obsidian";

const NOTE =
  "| Period | Rotation | Trigger | Sell side | Buy side | Duration |\n| --- | --- | --- | --- | --- | --- |\n| 2022 | Growth → Value | Rate hikes | QQQ | XLE | Full year |\n";

/**
 * The cache's shape check is the first net; this is the second. A cache that hands back an entry the
 * index cannot restore (here one the shape check would have refused, given straight to the source) must
 * cost only a re-read of that note, and the entry must be replaced by a good one.
 */
describe("a cache entry that throws when restored", () => {
  it("is dropped, the note is read from the vault instead, and its fresh extraction is cached", async () => {
    const app = new App(new MemoryStore({ "Growth.md": NOTE }));
    const stored = new Map<string, NoteExtraction>();
    const bogus = { candidates: [{ rotation: { not: "text" } }], problems: [] } as unknown as NoteExtraction;
    const file = app.vault.getFileByPath("Growth.md")!;
    stored.set(file.path, bogus);
    const deleted: string[] = [];
    const cache = {
      get: (p: string) => stored.get(p) ?? null,
      set: (p: string, _m: number, _s: number, e: NoteExtraction) => void stored.set(p, e),
      delete: (p: string) => void (deleted.push(p), stored.delete(p)),
    } as unknown as NoteCache;
    const source = new NoteReader(app as unknown as RealApp, () => ({ ...DEFAULT_SETTINGS }), cache);
    const result = await source.refresh(file as never);
    expect(result.modelChanged).toBe(true);
    expect(deleted).toEqual(["Growth.md"]);
    expect(source.episodeIndex.episodes("2026-03-01").map((e) => e.rotation)).toEqual(["Growth → Value"]);
    expect(stored.get("Growth.md")?.candidates).toHaveLength(1);
    expect(source.failures()).toEqual([]);
  });
});
