/** @jest-environment jsdom */
import { existsSync } from "node:fs";
import * as fakeObsidian from "../fakes/obsidian";
import { MemoryStore } from "../fakes/obsidian";
import { loadMain, MAIN } from "../helpers/loadMain";
import manifest from "../../manifest.json";

/**
 * Obsidian mobile runs main.js in a WebView: browser globals, no Buffer, no process, and `require` that
 * knows only "obsidian". The built bundle must load, start and parse a note with front matter there.
 */
describe("main.js where Obsidian mobile runs it", () => {
  const run = existsSync(MAIN) ? it : it.skip;

  run("loads without Buffer or Node modules, starts, and reads a note's properties", async () => {
    const { PluginClass, required, sandbox } = loadMain(fakeObsidian);
    expect("Buffer" in sandbox).toBe(false);
    expect(required.every((n) => n === "obsidian")).toBe(true);

    const store = new MemoryStore({
      "Episode.md": '---\nrotation: Growth → Value\nperiod: "2022"\nsell: [QQQ]\nbuy: [XLE]\n---\n# Episode\n',
    });
    const app = new fakeObsidian.App(store);
    const plugin = new PluginClass(app, manifest);
    plugin.load();
    await plugin.loading;
    app.workspace.triggerLayoutReady();
    const live = (
      plugin as unknown as {
        index: {
          whenReady(): Promise<void>;
          model(f: unknown): Promise<{ properties: Record<string, unknown> } | null>;
          episodeIndex: { episodes(d: string): { type: string }[] };
        };
      }
    ).index;
    await new Promise((r) => setTimeout(r, 0));
    await live.whenReady();
    expect((await live.model(app.vault.getFileByPath("Episode.md")))?.properties).toEqual({
      rotation: "Growth → Value",
      period: "2022",
      sell: ["QQQ"],
      buy: ["XLE"],
    });
    expect(live.episodeIndex.episodes("2026-01-01").map((e) => e.type)).toEqual(["growth-to-value"]);
    plugin.unload();
  });
});
