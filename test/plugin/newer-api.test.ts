/** @jest-environment jsdom */
import { existsSync } from "node:fs";
import * as fakeObsidian from "../fakes/obsidian";
import { olderObsidian } from "../fakes/older";
import { loadMain, MAIN } from "../helpers/loadMain";
import manifest from "../../manifest.json";

async function started(obsidian: Record<string, unknown>): Promise<{ plugin: fakeObsidian.Plugin; episodes: () => unknown[] }> {
  const { PluginClass } = loadMain(obsidian);
  const app = new fakeObsidian.App(
    new fakeObsidian.MemoryStore({ "Episode.md": '---\nrotation: Growth → Value\nperiod: "2022"\nsell: [QQQ]\nbuy: [XLE]\n---\n' }),
  );
  const plugin = new PluginClass(app, manifest);
  plugin.load();
  await plugin.loading;
  app.workspace.triggerLayoutReady();
  const index = (plugin as unknown as { index: { whenReady(): Promise<void>; episodeIndex: { episodes(d: string): unknown[] } } }).index;
  await new Promise((r) => setTimeout(r, 0));
  await index.whenReady();
  return { plugin, episodes: () => index.episodeIndex.episodes("2026-01-01") };
}

describe("main.js on Obsidian before and after Bases (1.10) and declarative settings (1.13)", () => {
  const run = existsSync(MAIN) ? it : it.skip;

  run("an app without registerBasesView or BasesView loads it, reads the vault, and has no Bases view", async () => {
    const older = olderObsidian();
    expect(older.BasesView).toBeUndefined();
    const { plugin, episodes } = await started(older);
    expect(typeof (plugin as unknown as { registerBasesView?: unknown }).registerBasesView).toBe("undefined");
    expect(plugin.basesViews.size).toBe(0);
    expect(plugin.commands.size).toBeGreaterThan(0);
    expect(episodes()).toHaveLength(1);
    // Such an app draws the settings tab with display(): every setting is there.
    const tab = plugin.settingTabs[0] as { display(): void; containerEl: HTMLElement };
    tab.display();
    expect(tab.containerEl.querySelectorAll(".setting-item")).toHaveLength(9);
    plugin.unload();
  });

  run("an app with them loads it the same way, and registers the Rotation timeline view until unload", async () => {
    const { plugin, episodes } = await started(fakeObsidian);
    expect([...plugin.basesViews.keys()]).toEqual(["rotation-lens-timeline"]);
    const reg = plugin.basesViews.get("rotation-lens-timeline")!;
    expect(reg.name).toBe("Rotation timeline");
    expect(
      (reg.options?.(new fakeObsidian.BasesViewConfig("v")) as { key: string; default: string }[]).map((o) => [o.key, o.default]),
    ).toEqual([
      ["start", "note.start"],
      ["end", "note.end"],
      ["label", "note.rotation"],
      ["colour", "note.type"],
    ]);
    expect(episodes()).toHaveLength(1);
    // Such an app reads the settings from their definitions (and its settings search indexes them).
    const tab = plugin.settingTabs[0] as { getSettingDefinitions(): { name: string }[] };
    expect(tab.getSettingDefinitions().map((d) => d.name)).toContain("Episode notes folder");
    expect(tab.getSettingDefinitions()).toHaveLength(9);
    plugin.unload();
    expect(plugin.basesViews.size).toBe(0);
  });
});
