/** @jest-environment jsdom */
import { findRegion } from "../../src/core/indexNote/region";
import { BEGIN, END } from "../../src/core/parse/generatedRegion";
import { seeded } from "../../bench/syntheticVault";
import { MemoryStore } from "../fakes/obsidian";
import { EXAMPLE_VAULT, vaultFiles } from "../helpers/paths";
import { loadPlugin, startUp, type Loaded } from "../harness/testApp";

const INDEX = "Historical rotations.md";
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
jest.setTimeout(120_000);

/** The note without its generated region and without the lines of the two properties the plugin owns; every other byte counts. */
function userPart(t: string): string {
  const b = t.indexOf(BEGIN);
  const e = t.indexOf(END);
  const outside = b === -1 || e === -1 ? t : t.slice(0, b) + t.slice(e + END.length);
  const lines = outside.split("\n");
  const close = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  return lines.filter((l, i) => !(i > 0 && i < close && /^(episodes|updated):/.test(l))).join("\n");
}

const BROKEN = "broken: [never closed\n";

describe("the index note under random edits, refreshes, renames, deletions, settings changes and failed writes", () => {
  it(`keeps the user's text byte for byte over ${RUNS} seeded steps, and each write all-or-nothing`, async () => {
    const files = vaultFiles(EXAMPLE_VAULT);
    files[INDEX] = "---\ntitle: Rotations  # my own title\ntags: [markets, research]\n---\n# Historical rotations\n\nMy words, kept.\n";
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
      if (r < 0.17) {
        // The user writes above the region, below it, or inside it (where the next refresh replaces their words).
        const where = rnd();
        const add = `note ${step}${rnd() < 0.3 ? " %% aside %%" : ""}${rnd() < 0.2 ? "\r\n" : "\n"}`;
        const b = before.indexOf(BEGIN);
        const e = before.indexOf(END) + END.length;
        const next =
          where < 0.4
            ? before.slice(0, b) + add + before.slice(b)
            : where < 0.8
              ? before.slice(0, e) + "\n" + add + before.slice(e)
              : before.slice(0, b + BEGIN.length + 1) + add + before.slice(b + BEGIN.length + 1);
        await vault.userEdit(INDEX, next);
        mine = userPart(next);
      } else if (r < 0.3) {
        const path = sources[Math.floor(rnd() * sources.length)];
        const file = vault.getFileByPath(path);
        if (file)
          await vault.userEdit(
            path,
            `${vault.textOf(file)}\n| Period | Rotation | Sell side | Buy side |\n|---|---|---|---|\n| ${1950 + (step % 40)} | Growth → Value | Tech | Energy |\n`,
          );
        await l.plugin.index.flush();
      } else if (r < 0.4) {
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
      } else if (r < 0.45) {
        await l.plugin.updateSettings({
          excludeFolders: rnd() < 0.5 ? ["Moved"] : [],
          asOfOverride: rnd() < 0.5 ? "2026-03-01" : "2026-06-30",
        });
        await l.plugin.index.whenReady();
      } else if (r < 0.48) {
        // The user breaks the properties' YAML, or mends it: refreshes must leave invalid YAML alone (as processFrontMatter would throw).
        const next = before.includes(BROKEN) ? before.replace(BROKEN, "") : before.replace("tags:", `${BROKEN}tags:`);
        await vault.userEdit(INDEX, next);
        mine = userPart(next);
        count(`yaml:${await l.plugin.refreshIndexNote(false)}`);
      } else if (r < 0.53) {
        // A source changes while the index note is open with unsaved typing: the refresh goes through the editor, then Obsidian saves it.
        const src = vault.getFileByPath(sources[Math.floor(rnd() * sources.length)]);
        if (src)
          await vault.userEdit(
            src.path,
            `${vault.textOf(src)}\n| Period | Rotation | Sell side | Buy side |\n|---|---|---|---|\n| ${1900 + (step % 40)} | Value → Growth | Banks | Software |\n`,
          );
        await l.plugin.index.flush();
        const typed = before.replace("My words, kept.", `My words, kept. Typed ${step}.`);
        const view = l.app.workspace.openInEditor(vault.getFileByPath(INDEX)!, typed);
        count(`editor:${await l.plugin.refreshIndexNote(false)}`);
        expect(vault.textOf(vault.getFileByPath(INDEX)!)).toBe(before);
        expect(userPart(view.editor.getValue())).toBe(userPart(typed));
        l.app.workspace.leaves.length = 0;
        await vault.userEdit(INDEX, view.editor.getValue());
        mine = userPart(typed);
      } else if (r < 0.63) {
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
    expect(outcomes["editor:updated"]).toBeGreaterThan(RUNS / 200);
    expect((outcomes["yaml:updated"] ?? 0) + (outcomes["yaml:unchanged"] ?? 0)).toBeGreaterThan(RUNS / 100);
  });
});
