/** @jest-environment jsdom */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { loadPlugin, startUp, tempCopy, until } from "../harness/testApp";

const CACHE = ".obsidian/plugins/rotation-lens/cache.json";

describe("starting again over an unchanged vault", () => {
  it("reads no note whose size and time are unchanged, and re-reads only the one that changed", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    const first = await loadPlugin(dir, { copy: false });
    await startUp(first);
    const coldReads = first.app.vault.reads;
    const episodes = first.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => e.id);
    first.plugin.unload();
    expect(existsSync(path.join(dir, CACHE))).toBe(true);
    expect((JSON.parse(readFileSync(path.join(dir, CACHE), "utf8")) as { version: string }).version).toBe("0.1.0");

    const warm = await loadPlugin(dir, { copy: false });
    await startUp(warm);
    expect(coldReads).toBeGreaterThan(5);
    expect(warm.app.vault.reads).toBe(0);
    expect(warm.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => e.id)).toEqual(episodes);
    warm.plugin.unload();

    appendFileSync(path.join(dir, "Energy rotation 2022.md"), "\nOne more line.\n");
    const again = await loadPlugin(dir, { copy: false });
    await startUp(again);
    expect(again.app.vault.reads).toBe(1);
  });

  it("ignores a damaged cache or one written by another version", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    const first = await loadPlugin(dir, { copy: false });
    await startUp(first);
    first.plugin.unload();
    const file = path.join(dir, CACHE);
    for (const damaged of [
      "{ not json",
      JSON.stringify({ version: "0.0.1", notes: {} }),
      JSON.stringify({ version: "0.1.0", notes: { "Sector Rotation.md": { mtime: "x" } } }),
    ]) {
      writeFileSync(file, damaged);
      const l = await loadPlugin(dir, { copy: false });
      await startUp(l);
      expect(l.plugin.index.episodeIndex.episodes("2026-03-01").length).toBe(14);
      l.plugin.unload();
    }
  });

  it("reads every note again when the taxonomy changes, now and at the next start, since it decides what a note yields", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    writeFileSync(path.join(dir, "Gadget desk.md"), "Money rotated out of widgets and into gizmos in June 2024.\n");
    const ids = (l: Awaited<ReturnType<typeof loadPlugin>>): string[] =>
      l.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => `${e.from} → ${e.to}`);
    const first = await loadPlugin(dir, { copy: false });
    await startUp(first);
    expect(ids(first)).not.toContain("widgets → gizmos");
    await first.plugin.updateSettings({ taxonomyYaml: "widgets: growth\ngizmos: value" });
    await until(() => ids(first).includes("widgets → gizmos"));
    first.plugin.unload();

    const warm = await loadPlugin(dir, { copy: false });
    await startUp(warm);
    expect(ids(warm)).toContain("widgets → gizmos");
    await warm.plugin.updateSettings({ taxonomyYaml: "" });
    await until(() => !ids(warm).includes("widgets → gizmos"));
    warm.plugin.unload();
  });
});
