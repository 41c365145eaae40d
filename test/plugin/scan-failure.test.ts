/** @jest-environment jsdom */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Notice } from "../fakes/obsidian";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { exampleEpisodeCount } from "../helpers/loadVault";
import { hugeLinkNote } from "../helpers/hugeNotes";
import { loadPlugin, startUp, tempCopy, type Loaded } from "../harness/testApp";

/*
 * No known note makes the reader throw any more, so the net under each note is tested with a reader made
 * to fail on one file, as a future bug would: the scan must go on, and the user must be told which note.
 */
const failing = new Set<string>();
jest.mock("../../src/core/parse/parseNote", () => {
  const real = jest.requireActual<typeof import("../../src/core/parse/parseNote")>("../../src/core/parse/parseNote");
  return {
    ...real,
    parseNote: (p: string, text: string) => {
      if (failing.has(p)) throw new RangeError("Maximum call stack size exceeded");
      return real.parseNote(p, text);
    },
  };
});

const BOMB = "Bomb.md";
const N = exampleEpisodeCount(EXAMPLE_VAULT).episodes;
const statusText = (l: Loaded): string =>
  (l.plugin as unknown as { statusBarItems: HTMLElement[] }).statusBarItems.map((el) => el.textContent).join("");
const BOMB_TEXT =
  "| Period | Rotation | Trigger | Sell side | Buy side | Duration |\n| --- | --- | --- | --- | --- | --- |\n| 2019 | Utilities → Semiconductors | Chip cycle | XLU | SMH | 9 months |\n";

describe("a note the reader throws on", () => {
  it("is named in the scan report, the problems, the status bar and a notice, while every other note is indexed", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    writeFileSync(path.join(dir, BOMB), BOMB_TEXT);
    failing.add(BOMB);
    const l = await loadPlugin(dir, { copy: false });
    await startUp(l);
    const report = await l.plugin.index.whenReady();
    expect(report.complete).toBe(true);
    expect(report.failures).toEqual([
      { path: BOMB, message: "could not be read (RangeError: Maximum call stack size exceeded); its episodes are left out" },
    ]);
    const core = l.plugin.index.episodeIndex;
    expect(core.episodes("2026-03-01")).toHaveLength(N);
    expect(core.problems().filter((p) => p.path === BOMB)).toEqual([{ path: BOMB, line: 1, message: report.failures[0].message }]);
    expect(statusText(l)).toBe("Rotation Lens: 1 note not read");
    expect(Notice.shown).toContain("Rotation Lens could not read 1 note (Bomb.md); the rest of the vault is indexed.");

    // Once the note reads again, it is indexed and no longer reported.
    failing.delete(BOMB);
    const file = l.app.vault.getFileByPath(BOMB)!;
    await l.app.vault.modify(file, `${BOMB_TEXT}\nEdited.\n`);
    await l.plugin.index.flush();
    expect((await l.plugin.index.whenReady()).failures).toEqual([]);
    expect(core.episodes("2026-03-01")).toHaveLength(N + 1);
    expect(statusText(l)).toBe("");
    l.plugin.unload();
  });

  it("never shrinks the index note: while a note fails, a refresh that would drop episodes keeps the last region and says why", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    writeFileSync(path.join(dir, BOMB), BOMB_TEXT);
    const l = await loadPlugin(dir, { copy: false });
    await l.plugin.updateSettings({ asOfOverride: "2026-03-01", autoRefresh: false });
    await startUp(l);
    await l.plugin.refreshIndexNote(false);
    const index = (): string => l.app.vault.textOf(l.app.vault.getFileByPath("Historical rotations.md")!);
    const good = index();
    expect(good.startsWith(`---\nepisodes: ${N + 1}\n`)).toBe(true);

    // The note starts to fail (a future bug): its episode is gone from memory, but not from the index note.
    failing.add(BOMB);
    await l.app.vault.modify(l.app.vault.getFileByPath(BOMB)!, `${BOMB_TEXT}\nEdited.\n`);
    await l.plugin.index.flush();
    expect(await l.plugin.refreshIndexNote(true)).toBe("damaged");
    expect(index()).toBe(good);
    expect(Notice.shown.at(-1)).toContain(`1 note could not be read, so the index keeps its last ${N + 1} episodes instead of ${N}`);

    // Mended, the next refresh writes again.
    failing.delete(BOMB);
    await l.app.vault.modify(l.app.vault.getFileByPath(BOMB)!, BOMB_TEXT);
    await l.plugin.index.flush();
    expect(await l.plugin.refreshIndexNote(false)).not.toBe("damaged");
    expect(index().startsWith(`---\nepisodes: ${N + 1}\n`)).toBe(true);
    l.plugin.unload();
  });

  it("a scan that stops outside any note is reported as incomplete, in the report and the status bar", async () => {
    const l = await loadPlugin(tempCopy(EXAMPLE_VAULT), { copy: false });
    l.app.vault.getMarkdownFiles = () => {
      throw new Error("vault not listed");
    };
    await startUp(l);
    expect(await l.plugin.index.whenReady()).toEqual({
      complete: false,
      failures: [{ path: "", message: "the scan stopped: vault not listed" }],
    });
    expect(statusText(l)).toBe("Rotation Lens: the scan stopped");
    expect(Notice.shown).toContain(
      "Rotation Lens stopped reading the vault (the scan stopped: vault not listed); its index is incomplete.",
    );
    l.plugin.unload();
  });

  it("with a 200,000-link note and a poisoned cache entry beside it: every other note's episodes appear, the bad note is named", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    writeFileSync(path.join(dir, "Reading list.md"), hugeLinkNote());
    writeFileSync(path.join(dir, BOMB), BOMB_TEXT);
    failing.add(BOMB);
    const first = await loadPlugin(dir, { copy: false });
    await startUp(first);
    first.plugin.unload();
    const cachePath = path.join(dir, ".obsidian/plugins/rotation-lens/cache.json");
    const cache = JSON.parse(readFileSync(cachePath, "utf8")) as { notes: Record<string, { extraction: { candidates: unknown[] } }> };
    cache.notes["Sector Rotation.md"].extraction.candidates = [{ rotation: ["not", "text"], from: 1 }];
    writeFileSync(cachePath, JSON.stringify(cache));

    const l = await loadPlugin(dir, { copy: false });
    await startUp(l);
    const ids = l.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => e.id);
    expect(ids).toHaveLength(N + 1);
    expect(ids).toContain("2019-01-utilities-semiconductors");
    expect(ids).toContain("2000-01-growth-value");
    const report = await l.plugin.index.whenReady();
    expect(report.failures.map((f) => f.path)).toEqual([BOMB]);
    expect(l.plugin.index.episodeIndex.problems().some((p) => p.path === BOMB && /could not be read/.test(p.message))).toBe(true);
    expect(statusText(l)).toBe("Rotation Lens: 1 note not read");
    l.plugin.unload();
    failing.delete(BOMB);
  });
});
