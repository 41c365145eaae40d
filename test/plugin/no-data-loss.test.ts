/** @jest-environment jsdom */
import { BEGIN, END, findRegion } from "../../src/core/indexNote/region";
import { seeded } from "../../bench/syntheticVault";
import { MemoryStore } from "../fakes/obsidian";
import { EXAMPLE_VAULT, vaultFiles } from "../helpers/paths";
import { loadPlugin, startUp, type Loaded } from "../harness/testApp";

const INDEX = "Historical rotations.md";
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
jest.setTimeout(120_000);

/** The note without its generated region and without its front matter (which the plugin owns two keys of). */
function userPart(t: string): string {
  const b = t.indexOf(BEGIN);
  const e = t.indexOf(END);
  const outside = b === -1 || e === -1 ? t : t.slice(0, b) + t.slice(e + END.length);
  return outside.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
}

describe("the index note under random edits, refreshes, renames, deletions, settings changes and failed writes", () => {
  it(`keeps the user's text byte for byte over ${RUNS} seeded steps, and each write all-or-nothing`, async () => {
    const files = vaultFiles(EXAMPLE_VAULT);
    files[INDEX] = "# Historical rotations\n\nMy words, kept.\n";
    const l: Loaded = await loadPlugin(new MemoryStore(files));
    await l.plugin.updateSettings({ asOfOverride: "2026-03-01", autoRefresh: false });
    await startUp(l);
    const { vault } = l.app;
    const read = (): string => vault.textOf(vault.getFileByPath(INDEX)!);
    await l.plugin.refreshIndexNote(false);
    let mine = userPart(read());
    const rnd = seeded(8);
    const sources = Object.keys(files).filter((p) => p !== INDEX);
    const outcomes: Record<string, number> = {};
    const count = (o: string): void => void (outcomes[o] = (outcomes[o] ?? 0) + 1);
    for (let step = 0; step < RUNS; step++) {
      const before = read();
      const r = rnd();
      if (r < 0.2) {
        // The user writes above the region, below it, or inside it (where the next refresh replaces their words).
        const where = rnd();
        const add = `note ${step}${rnd() < 0.3 ? " %% aside %%" : ""}${rnd() < 0.2 ? "\r\n" : "\n"}`;
        const b = before.indexOf(BEGIN);
        const e = before.indexOf(END) + END.length;
        const next = where < 0.4 ? before.slice(0, b) + add + before.slice(b) : where < 0.8 ? before.slice(0, e) + "\n" + add + before.slice(e) : before.slice(0, b + BEGIN.length + 1) + add + before.slice(b + BEGIN.length + 1);
        await vault.userEdit(INDEX, next);
        mine = userPart(next);
      } else if (r < 0.35) {
        const path = sources[Math.floor(rnd() * sources.length)];
        const file = vault.getFileByPath(path);
        if (file) await vault.userEdit(path, `${vault.textOf(file)}\n| Period | Rotation | Sell side | Buy side |\n|---|---|---|---|\n| ${1950 + (step % 40)} | Growth → Value | Tech | Energy |\n`);
        await l.plugin.index.flush();
      } else if (r < 0.45) {
        const path = sources[Math.floor(rnd() * sources.length)];
        const file = vault.getFileByPath(path);
        if (file && rnd() < 0.5) {
          const to = `Moved/${step} ${file.name}`;
          await l.app.fileManager.renameFile(file, to);
          sources[sources.indexOf(path)] = to;
        } else if (file) {
          await l.app.fileManager.trashFile(file);
        }
        await l.plugin.index.flush();
      } else if (r < 0.5) {
        await l.plugin.updateSettings({ excludeFolders: rnd() < 0.5 ? ["Moved"] : [], asOfOverride: rnd() < 0.5 ? "2026-03-01" : "2026-06-30" });
        await l.plugin.index.whenReady();
      } else if (r < 0.6) {
        vault.failNextWrite = true;
        const outcome = await l.plugin.refreshIndexNote(false);
        count(`fault:${outcome}`);
        expect(["failed", "unchanged"]).toContain(outcome);
        vault.failNextWrite = false;
        expect(read()).toBe(before);
      } else {
        count(await l.plugin.refreshIndexNote(false));
      }
      const now = read();
      expect(userPart(now)).toBe(mine);
      expect(findRegion(now).kind).toBe("ok");
    }
    // The run exercised real rewrites and real failed writes, not only no-ops.
    expect(outcomes.updated).toBeGreaterThan(RUNS / 20);
    expect(outcomes["fault:failed"]).toBeGreaterThan(RUNS / 100);
  });
});
