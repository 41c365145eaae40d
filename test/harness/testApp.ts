/** Loads the real plugin class into the fake app over a temporary copy of a vault folder. */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import manifest from "../../manifest.json";
import RotationLensPlugin from "../../src/plugin/main";
import { App, installDomHelpers, Notice } from "../fakes/obsidian";
import { DiskStore } from "../fakes/diskStore";
import type { FileStore } from "../fakes/fileStore";

export function tempCopy(src: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rotation-lens-"));
  cpSync(src, dir, { recursive: true });
  return dir;
}

export interface Loaded {
  app: App;
  plugin: RotationLensPlugin;
  dir: string | null;
}

/** A fake app over `vault` (a folder, copied first so tests never touch the original, or a store). */
export async function loadPlugin(vault: string | FileStore, opts: { copy?: boolean } = {}): Promise<Loaded> {
  if (typeof window !== "undefined") installDomHelpers(window);
  Notice.shown = [];
  const dir = typeof vault === "string" ? (opts.copy === false ? vault : tempCopy(vault)) : null;
  const app = new App(typeof vault === "string" ? new DiskStore(dir as string) : vault);
  const plugin = new RotationLensPlugin(app as never, manifest);
  plugin.load();
  await (plugin as unknown as { loading: Promise<unknown> }).loading;
  return { app, plugin, dir };
}

/** Layout ready, then wait until the first scan has finished. */
export async function startUp(loaded: Loaded): Promise<void> {
  loaded.app.workspace.triggerLayoutReady();
  await flush();
  await loaded.plugin.index.whenReady();
}

/** The usual start of a plugin test: loaded, dated 2026-03-01, automatic refresh off, the first scan done. */
export async function started(vault: string | FileStore): Promise<Loaded> {
  const l = await loadPlugin(vault);
  await l.plugin.updateSettings({ asOfOverride: "2026-03-01", autoRefresh: false });
  await startUp(l);
  return l;
}

/** Let pending timers and promises run (the index yields with setTimeout). */
export async function flush(ms = 0): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** Wait until `cond` holds (async draws, debounced work), failing after `ms`. */
export async function until(cond: () => boolean, ms = 3000): Promise<void> {
  for (let waited = 0; !cond(); waited += 5) {
    if (waited > ms) throw new Error("condition not met in time");
    await flush(5);
  }
}
