/** @jest-environment jsdom */
import { MemoryStore } from "../fakes/obsidian";
import type { RotationLensApi } from "../../src/plugin/api/publicApi";
import { flush, started, until, type Loaded } from "../harness/testApp";

// An episode note of our own: a property block that reads as one rotation.
const NOTE = "Episodes/Utilities bid.md";
const text = (period: string): string =>
  `---\nrotation: Growth → Defensive\nperiod: "${period}"\nsell: [QQQ]\nbuy: [XLU]\n---\n# Utilities bid\n\nMoney left the leaders for utilities.\n`;

describe("a view that reads a note edited since the last flush", () => {
  it("brings the index up to date through the path that announces it: exactly one change, seen by every view", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    const changes: { paths: string[]; episodesChanged: boolean }[] = [];
    l.plugin.register(l.plugin.index.onChange((c) => changes.push({ paths: [...c.paths], episodesChanged: c.episodesChanged })));
    expect(l.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => e.start?.slice(0, 4))).toEqual(["2019"]);

    // The edit's own flush waits 250 ms for typing to pause; the block reads the note before that.
    await l.app.vault.userEdit(NOTE, text("2021"));
    const model = await l.plugin.index.model(l.app.vault.getFileByPath(NOTE) as never);
    expect(model?.properties.period).toBe("2021");
    expect(changes).toEqual([{ paths: [NOTE], episodesChanged: true }]);
    expect(l.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => e.start?.slice(0, 4))).toEqual(["2021"]);

    // The debounced flush that was pending finds nothing left to announce.
    await flush(400);
    expect(changes).toHaveLength(1);
  });

  it("reads an unchanged note without announcing anything", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    const changes: unknown[] = [];
    l.plugin.register(l.plugin.index.onChange((c) => changes.push(c)));
    await l.plugin.index.model(l.app.vault.getFileByPath(NOTE) as never);
    await flush(400);
    expect(changes).toEqual([]);
  });
});

const apiOf = (l: Loaded): RotationLensApi => (l.app.plugins.plugins["rotation-lens"] as unknown as { api: RotationLensApi }).api;
const fileOf = (l: Loaded) => l.app.vault.getFileByPath(NOTE) as never;

describe("reads that meet edits and each other", () => {
  it("two views reading the same stale note at once announce the change once", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    const changes: unknown[] = [];
    l.plugin.register(l.plugin.index.onChange((c) => changes.push(c)));
    await l.app.vault.userEdit(NOTE, text("2021"));
    await Promise.all([l.plugin.index.model(fileOf(l)), l.plugin.index.model(fileOf(l))]);
    await flush(400);
    expect(changes).toHaveLength(1);
  });

  it("answers asked together right after a save all include it", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    const api = apiOf(l);
    await l.app.vault.userEdit(NOTE, "# Emptied\n");
    const [episodes, metrics] = await Promise.all([api.episodes(), api.metrics()]);
    expect(episodes).toEqual([]);
    expect(metrics.total).toBe(0);
  });

  it("a save that lands while the note is being read is read in too", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    const api = apiOf(l);
    await l.app.vault.userEdit(NOTE, text("2021"));
    const reading = api.note(NOTE);
    await l.app.vault.userEdit(NOTE, "# Emptied\n");
    await reading;
    await flush(400);
    expect(await api.episodes()).toEqual([]);
  });
});

describe("waiting through a settings change", () => {
  it("settles when a second change restarts the pause, and when the plugin is turned off in it", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019"), "Other/Note.md": text("2015") }));
    const api = apiOf(l);
    await l.plugin.updateSettings({ excludeFolders: ["Other"] });
    const first = api.episodes();
    await flush(50);
    await l.plugin.updateSettings({ excludeFolders: ["Others"] });
    const race = (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => "settled"), flush(ms).then(() => "still waiting")]);
    expect(await race(first, 2000)).toBe("settled");
    expect((await api.episodes()).length).toBe(2);

    await l.plugin.updateSettings({ excludeFolders: ["Other"] });
    const second = api.episodes();
    await flush(50);
    l.plugin.unload();
    expect(await race(second, 200)).toBe("settled");
  });
});

/** Holds the next read of one note (after its text is taken) until released: a slow disk, on demand. */
function gate(l: Loaded, path: string): { entered: () => boolean; release: () => void } {
  const vault = l.app.vault as unknown as { cachedRead(f: { path: string }): Promise<string> };
  const real = vault.cachedRead.bind(vault);
  let entered = false;
  let used = false;
  let release!: () => void;
  const open = new Promise<void>((r) => (release = r));
  vault.cachedRead = async (f) => {
    if (f.path !== path || used) return real(f);
    used = true;
    const text = await real(f);
    entered = true;
    await open;
    return text;
  };
  return { entered: () => entered, release };
}

describe("slow reads", () => {
  const OTHER = "Other note.md";

  it("a scan's read that ends after a newer save was read in does not put the older text back", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    const g = gate(l, NOTE);
    await l.plugin.updateSettings({ taxonomyYaml: "# a comment only\n" });
    await until(() => g.entered());
    await l.app.vault.userEdit(NOTE, text("2021"));
    await flush(400);
    g.release();
    await l.plugin.index.whenReady();
    await flush(400);
    expect((await apiOf(l).episodes()).map((e) => e.start?.slice(0, 4))).toEqual(["2021"]);
  });

  it("an answer waiting on a flush when the settings change waits for the whole vault again", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019"), [OTHER]: text("2015") }));
    const g = gate(l, NOTE);
    await l.app.vault.userEdit(NOTE, text("2021"));
    const answer = apiOf(l).episodes();
    await until(() => g.entered());
    await l.plugin.updateSettings({ taxonomyYaml: "# a comment only\n" });
    g.release();
    expect((await answer).map((e) => e.start?.slice(0, 4)).sort()).toEqual(["2015", "2021"]);
  });

  it("a view that throws on a change stops neither the flush nor the other listeners", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    l.plugin.register(
      l.plugin.index.onChange(() => {
        throw new Error("a view's own bug");
      }),
    );
    const heard: unknown[] = [];
    apiOf(l).onChange((c) => heard.push(c));
    await l.app.vault.userEdit(NOTE, text("2021"));
    expect((await apiOf(l).episodes()).map((e) => e.start?.slice(0, 4))).toEqual(["2021"]);
    expect(heard).toHaveLength(1);
    quiet.mockRestore();
  });

  it("a note deleted while it is being read does not come back", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019"), [OTHER]: text("2015") }));
    const g = gate(l, NOTE);
    await l.app.vault.userEdit(NOTE, text("2021"));
    const answer = apiOf(l).episodes();
    await until(() => g.entered());
    await l.app.vault.delete(l.app.vault.getFileByPath(NOTE)!);
    g.release();
    await answer;
    await flush(400);
    expect((await apiOf(l).episodes()).map((e) => e.start?.slice(0, 4))).toEqual(["2015"]);
  });

  it("a refresh waiting on a flush when the plugin is turned off writes nothing", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    await l.plugin.refreshIndexNote(true);
    const g = gate(l, NOTE);
    await l.app.vault.userEdit(NOTE, text("2021"));
    const before = l.app.vault.writes;
    const refresh = l.plugin.refreshIndexNote(false);
    await until(() => g.entered());
    l.plugin.unload();
    g.release();
    await refresh;
    expect(l.app.vault.writes - before).toBe(0);
  });

  it("refreshing the index note right after a save writes that save", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    await l.app.vault.userEdit(NOTE, text("2021"));
    await l.plugin.refreshIndexNote(true);
    const index = l.app.vault.textOf(l.app.vault.getFileByPath("Historical rotations.md")!);
    expect(index).toContain("2021");
    expect(index).not.toContain("2019");
  });
});
