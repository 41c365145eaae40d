/** @jest-environment jsdom */
import { MemoryStore } from "../fakes/obsidian";
import type { RotationLensApi } from "../../src/plugin/api/publicApi";
import { flush, loadPlugin, until } from "../harness/testApp";

// A vault large enough that the first scan takes many slices; each note of our own tells one rotation.
function bigVault(notes: number): MemoryStore {
  const files: Record<string, string> = {};
  for (let i = 0; i < notes; i++) {
    const year = 1990 + (i % 30);
    files[`Desk/Note ${i}.md`] =
      `---\nrotation: Growth → Value\nperiod: "${year}"\nsell: [QQQ]\nbuy: [XLE]\n---\n# Note ${i}\n\n| Period | From | To |\n|---|---|---|\n| ${year} | Growth | Value |\n`;
  }
  return new MemoryStore(files);
}

describe("turning the plugin off while the first scan runs", () => {
  jest.setTimeout(20_000);

  it("stops the scan, tells no one anything more, writes nothing later, and settles whoever waits", async () => {
    const l = await loadPlugin(bigVault(3000));
    await l.plugin.updateSettings({ autoRefresh: false });
    const api = (l.app.plugins.plugins["rotation-lens"] as unknown as { api: RotationLensApi }).api;
    const heard: unknown[] = [];
    api.onChange((c) => heard.push(c));
    const waiting = api.episodes();
    l.app.workspace.triggerLayoutReady();
    await until(() => l.app.vault.reads > 20);
    const writes = jest.spyOn(l.app.vault.adapter, "write");

    l.plugin.unload();
    const readsAtUnload = l.app.vault.reads;
    const settled = await Promise.race([waiting.then(() => "settled"), flush(200).then(() => "still waiting")]);
    expect(settled).toBe("settled");

    // Past the cache's 5 s delay: only the save that turning off makes, nothing after it.
    await flush(5500);
    expect(l.app.vault.reads - readsAtUnload).toBeLessThanOrEqual(1);
    expect(heard).toEqual([]);
    expect(writes.mock.calls.filter(([p]) => String(p).endsWith("cache.json")).length).toBeLessThanOrEqual(1);
  });
});
