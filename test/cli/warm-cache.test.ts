/** @jest-environment jsdom */
/** `index --cache`: the plugin's cache.json restores unchanged notes, read-only, only when it is from this version. */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { cliRun } from "../helpers/cli";
import { loadPlugin, startUp, tempCopy, until } from "../harness/testApp";

const CACHE = ".obsidian/plugins/rotation-lens/cache.json";

/** A copy of the example vault whose plugin has read it and saved its cache. */
async function warmVault(): Promise<string> {
  const dir = tempCopy(EXAMPLE_VAULT);
  const l = await loadPlugin(dir, { copy: false });
  await startUp(l);
  // Turning the plugin off writes its cache, as closing Obsidian does.
  l.plugin.unload();
  await until(() => existsSync(path.join(dir, CACHE)));
  // The fake app stamps files with a logical clock; Obsidian stamps them with the file's modification time, as here.
  const file = path.join(dir, CACHE);
  const cache = JSON.parse(readFileSync(file, "utf8")) as { notes: Record<string, { mtime: number }> };
  for (const [note, entry] of Object.entries(cache.notes)) entry.mtime = statSync(path.join(dir, note)).mtime.getTime();
  writeFileSync(file, JSON.stringify(cache));
  return dir;
}

describe("index --cache", () => {
  jest.setTimeout(30_000);

  it("gives the same episodes as a cold run, says so, and leaves cache.json as it was", async () => {
    const dir = await warmVault();
    const before = readFileSync(path.join(dir, CACHE), "utf8");
    const warm = await cliRun(["index", dir, "--json", "--cache"]);
    const cold = await cliRun(["index", dir, "--json"]);
    expect(warm.out).toBe(cold.out);
    expect(warm.err).toContain(`rotation-lens: --cache: using ${path.join(dir, CACHE)} read-only`);
    const notes = (warm.err.match(/--cache: (\d+) of (\d+) notes restored/) ?? []).slice(1);
    expect(notes[0]).toBe(notes[1]);
    expect(Number(notes[1])).toBeGreaterThan(5);
    expect(readFileSync(path.join(dir, CACHE), "utf8")).toBe(before);
  });

  it("restores a note from the cache only while the note is unchanged", async () => {
    const dir = await warmVault();
    // A cache entry that says something the note does not: seen only when the entry is used.
    const cache = JSON.parse(readFileSync(path.join(dir, CACHE), "utf8")) as {
      notes: Record<string, { extraction: { candidates: { rotation: string | null }[] } }>;
    };
    const entry = cache.notes["Energy rotation 2022.md"].extraction.candidates[0];
    entry.rotation = "Cached → Rotation";
    writeFileSync(path.join(dir, CACHE), JSON.stringify(cache));
    expect((await cliRun(["index", dir, "--json", "--cache"])).out).toContain("Cached → Rotation");
    expect((await cliRun(["index", dir, "--json"])).out).not.toContain("Cached → Rotation");
    writeFileSync(
      path.join(dir, "Energy rotation 2022.md"),
      `${readFileSync(path.join(dir, "Energy rotation 2022.md"), "utf8")}\nEdited.\n`,
    );
    const edited = await cliRun(["index", dir, "--json", "--cache"]);
    expect(edited.out).not.toContain("Cached → Rotation");
    const [restored, all] = (edited.err.match(/--cache: (\d+) of (\d+) notes restored/) ?? []).slice(1).map(Number);
    expect(restored).toBe(all - 1);
  });

  it("reads every note when the cache is missing or from another version", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    expect((await cliRun(["index", dir, "--json", "--cache"])).err).toContain(`--cache: no ${path.join(dir, CACHE)}; every note is read`);
    const warm = await warmVault();
    writeFileSync(path.join(warm, CACHE), JSON.stringify({ version: "0.0.1", notes: {} }));
    expect((await cliRun(["index", warm, "--json", "--cache"])).err).toMatch(
      /--cache: .*cache\.json is from version 0\.0\.1, not .*; every note is read/,
    );
  });
});
