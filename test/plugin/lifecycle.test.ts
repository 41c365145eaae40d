/** @jest-environment jsdom */
import { EXAMPLE_VAULT, FIXTURES } from "../helpers/paths";
import { loadPlugin, startUp } from "../harness/testApp";
import { existsSync } from "node:fs";

const VAULT = existsSync(EXAMPLE_VAULT) ? EXAMPLE_VAULT : `${FIXTURES}/vault-alt`;

describe("the plugin's lifecycle in the fake app", () => {
  it("registers its commands, both block processors and a settings tab on load", async () => {
    const { plugin } = await loadPlugin(VAULT);
    const p = plugin as unknown as {
      commands: Map<string, { name: string; hotkeys?: unknown[] }>;
      codeBlockProcessors: Map<string, unknown>;
      settingTabs: unknown[];
    };
    expect([...p.codeBlockProcessors.keys()].sort()).toEqual(["rotation-chart", "rotation-classify"]);
    expect([...p.commands.keys()].sort()).toEqual([
      "export-episodes-csv",
      "export-episodes-json",
      "insert-chart",
      "insert-classifier",
      "open-index",
      "promote-row",
      "refresh-index",
      "show-note-episodes",
    ]);
    for (const c of p.commands.values()) {
      expect(c.hotkeys).toBeUndefined();
      expect(c.name[0]).toBe(c.name[0].toUpperCase());
      expect(c.name.slice(1)).toBe(c.name.slice(1).toLowerCase().replace("csv", "CSV").replace("json", "JSON"));
    }
    expect(p.settingTabs).toHaveLength(1);
  });

  it("does no vault work until the layout is ready", async () => {
    const { app } = await loadPlugin(VAULT);
    expect(app.vault.reads).toBe(0);
    expect(app.vault.listenerCount()).toBe(0);
  });

  it("reads the vault once the layout is ready and releases every event on unload", async () => {
    const loaded = await loadPlugin(VAULT);
    await startUp(loaded);
    const { app, plugin } = loaded;
    expect(app.vault.reads).toBeGreaterThan(0);
    expect(app.vault.listenerCount()).toBe(4);
    plugin.unload();
    expect(app.vault.listenerCount()).toBe(0);
    expect(app.workspace.listenerCount()).toBe(0);
    expect(app.metadataCache.listenerCount()).toBe(0);
    expect((plugin as unknown as { codeBlockProcessors: Map<string, unknown> }).codeBlockProcessors.size).toBe(0);
  });
});
