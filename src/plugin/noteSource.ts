/** The vault's notes as the index knows them: read through Obsidian once per file version, restored from the cache when unchanged. */
import type { App, TFile } from "obsidian";
import type { NoteModel } from "../core/model/types";
import { parseNote } from "../core/parse/parseNote";
import type { RotationLensSettings } from "../core/settings/settings";
import { VaultIndex } from "../core/vault/VaultIndex";
import type { NoteCache } from "./noteCache";
import { taxonomyFromSettings } from "./taxonomyFromSettings";
import { VaultScope } from "./vaultScope";

interface Known {
  mtime: number;
  size: number;
  /** Kept only for notes a block has asked for: a large vault's models would not fit in memory. */
  model: NoteModel | null;
}

export interface RefreshResult {
  modelChanged: boolean;
  episodesChanged: boolean;
}

export class NoteSource {
  private readonly known = new Map<string, Known>();
  private core: VaultIndex;

  constructor(
    private readonly app: App,
    private readonly settings: () => RotationLensSettings,
    private readonly cache: NoteCache,
  ) {
    this.core = this.newCore();
  }

  get episodeIndex(): VaultIndex {
    return this.core;
  }

  /** The model of a file (read and parsed now unless it is current), kept for the blocks that read it. */
  async model(file: TFile): Promise<NoteModel | null> {
    const hit = this.known.get(file.path);
    if (hit?.model && isCurrent(hit, file)) return hit.model;
    const text = await this.read(file);
    if (text === null) return null;
    const model = parseNote(file.path, text);
    // A block may read a note that is not a source (the index note, an excluded folder): read it, index nothing.
    if (!new VaultScope(this.settings()).isSource(file.path)) return model;
    if (!hit || !isCurrent(hit, file)) this.index(file, model, text);
    this.known.set(file.path, { mtime: file.stat.mtime, size: file.stat.size, model });
    return model;
  }

  /** Bring one note up to date: nothing when unchanged, the cache's copy when it matches, else read and parse. */
  async refresh(file: TFile): Promise<RefreshResult> {
    const hit = this.known.get(file.path);
    if (hit && isCurrent(hit, file)) return { modelChanged: false, episodesChanged: false };
    const stored = this.cache.get(file.path, file.stat.mtime, file.stat.size);
    if (stored) {
      const change = this.core.restore(file.path, stored);
      this.known.set(file.path, { mtime: file.stat.mtime, size: file.stat.size, model: null });
      return { modelChanged: true, episodesChanged: change.changed };
    }
    const text = await this.read(file);
    if (text === null) return { modelChanged: false, episodesChanged: false };
    const model = parseNote(file.path, text);
    const changed = this.index(file, model, text);
    this.known.set(file.path, { mtime: file.stat.mtime, size: file.stat.size, model: hit?.model ? model : null });
    return { modelChanged: true, episodesChanged: changed };
  }

  /** Drop a note that was deleted or renamed away; true when it was known. */
  forget(path: string): boolean {
    const known = this.known.delete(path);
    this.core.remove(path);
    this.cache.delete(path);
    return known;
  }

  /** Forget notes that are no longer sources (folders changed, files gone). */
  retainOnly(paths: ReadonlySet<string>): void {
    for (const path of [...this.known.keys()]) if (!paths.has(path)) this.forget(path);
  }

  /** New taxonomy or folders: episodes are assembled afresh; what was read from each note is still good (cache kept). */
  taxonomyChanged(): void {
    this.known.clear();
    this.core = this.newCore();
  }

  loadCache(): Promise<void> {
    return this.cache.load();
  }

  saveCache(): Promise<void> {
    return this.cache.save();
  }

  private index(file: TFile, model: NoteModel, text: string): boolean {
    const change = this.core.update(model, text);
    this.cache.set(file.path, file.stat.mtime, file.stat.size, this.core.extraction(file.path));
    return change.changed;
  }

  private async read(file: TFile): Promise<string | null> {
    try {
      return await this.app.vault.cachedRead(file);
    } catch {
      return null;
    }
  }

  private newCore(): VaultIndex {
    return new VaultIndex({ taxonomy: taxonomyFromSettings(this.settings()) });
  }
}

function isCurrent(k: Known, file: TFile): boolean {
  return k.mtime === file.stat.mtime && k.size === file.stat.size;
}
