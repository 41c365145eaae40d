/** Note models of the vault, read through Obsidian and parsed once per file version, feeding the core episode index. */
import type { App, TFile } from "obsidian";
import type { NoteModel } from "../core/model/types";
import { parseNote } from "../core/parse/parseNote";
import type { RotationLensSettings } from "../core/settings/settings";
import { VaultIndex } from "../core/vault/VaultIndex";
import { taxonomyFromSettings } from "./taxonomyFromSettings";

interface Cached {
  mtime: number;
  size: number;
  model: NoteModel;
}

export interface RefreshResult {
  modelChanged: boolean;
  episodesChanged: boolean;
}

export class NoteSource {
  private readonly cache = new Map<string, Cached>();
  private core: VaultIndex;

  constructor(
    private readonly app: App,
    private readonly settings: () => RotationLensSettings,
  ) {
    this.core = this.newCore();
  }

  get episodeIndex(): VaultIndex {
    return this.core;
  }

  cached(path: string): NoteModel | null {
    return this.cache.get(path)?.model ?? null;
  }

  /** The model of a file, reading it only when its size or mtime moved since the last read. */
  async model(file: TFile): Promise<NoteModel | null> {
    await this.refresh(file);
    return this.cached(file.path);
  }

  async refresh(file: TFile): Promise<RefreshResult> {
    const hit = this.cache.get(file.path);
    if (hit && hit.mtime === file.stat.mtime && hit.size === file.stat.size) return { modelChanged: false, episodesChanged: false };
    let text: string;
    try {
      text = await this.app.vault.cachedRead(file);
    } catch {
      return { modelChanged: false, episodesChanged: false };
    }
    const model = parseNote(file.path, text);
    this.cache.set(file.path, { mtime: file.stat.mtime, size: file.stat.size, model });
    const change = this.core.update(model, text);
    return { modelChanged: true, episodesChanged: change.changed };
  }

  /** Drop a note that was deleted or renamed away; true when it was known. */
  forget(path: string): boolean {
    const known = this.cache.delete(path);
    this.core.remove(path);
    return known;
  }

  /** Forget notes that are no longer sources (folders changed, files gone). */
  retainOnly(paths: ReadonlySet<string>): void {
    for (const path of [...this.cache.keys()]) if (!paths.has(path)) this.forget(path);
  }

  /** New taxonomy: classification changes everywhere, so the core index starts over from cached models. */
  taxonomyChanged(): void {
    this.cache.clear();
    this.core = this.newCore();
  }

  private newCore(): VaultIndex {
    return new VaultIndex({ taxonomy: taxonomyFromSettings(this.settings()) });
  }
}
