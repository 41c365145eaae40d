/**
 * Reads the vault's notes into the episode index: once per file version, restored from the cache when unchanged. Only
 * LiveIndex drives it, so every change it makes is announced.
 */
import type { App, TFile } from "obsidian";
import type { NoteModel } from "../core/model/types";
import { parseNote } from "../core/parse/parseNote";
import type { RotationLensSettings } from "../core/settings/settings";
import { EpisodeIndex } from "../core/episodeIndex/EpisodeIndex";
import { markFailed, parseSafely, type NoteFailure } from "../core/episodeIndex/readSafely";
import type { NoteCache } from "./noteCache";
import { taxonomyFromSettings } from "../core/settings/taxonomyFromSettings";

interface Known extends Stamp {
  /** Kept only for notes a view has asked for: a large vault's models would not fit in memory. */
  model: NoteModel | null;
}

export interface RefreshResult {
  modelChanged: boolean;
  episodesChanged: boolean;
}

export class NoteReader {
  private readonly known = new Map<string, Known>();
  /** Notes that threw while being read, by path: left out of the episodes, named in problems and the status bar. */
  private readonly failed = new Map<string, string>();
  /** Notes a view has read: their models are kept when they are read again. */
  private readonly wanted = new Set<string>();
  private core: EpisodeIndex;

  constructor(
    private readonly app: App,
    private readonly settings: () => RotationLensSettings,
    private readonly cache: NoteCache,
  ) {
    this.core = this.newCore();
  }

  get episodeIndex(): EpisodeIndex {
    return this.core;
  }

  /** The notes that could not be read, in path order. */
  failures(): NoteFailure[] {
    return [...this.failed].map(([path, message]) => ({ path, message })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** true when the index holds this version of the note (same mtime and size as last read). */
  isCurrent(file: TFile): boolean {
    const hit = this.known.get(file.path);
    return hit !== undefined && isCurrent(hit, file);
  }

  /**
   * The model of a file, kept for the views that read it. Never indexes: a source note that is not current is
   * brought up to date by LiveIndex first, through the one path that announces changes.
   */
  async model(file: TFile): Promise<NoteModel | null> {
    this.wanted.add(file.path);
    const hit = this.known.get(file.path);
    if (hit?.model && isCurrent(hit, file)) return hit.model;
    const before = stampOf(file);
    const text = await this.read(file);
    if (text === null) return null;
    const parsed = parseSafely(file.path, text);
    if ("failure" in parsed) return null;
    // Kept only when it is the version the index holds, unchanged while it was read; a newer one is indexed by the next flush.
    if (hit && isCurrent(hit, file) && isCurrent(before, file)) hit.model = parsed.model;
    return parsed.model;
  }

  /** Bring one note up to date: nothing when unchanged, the cache's copy when it matches, else read and parse. */
  async refresh(file: TFile): Promise<RefreshResult> {
    const hit = this.known.get(file.path);
    if (hit && isCurrent(hit, file)) return { modelChanged: false, episodesChanged: false };
    const restored = this.fromCache(file);
    if (restored) return restored;
    // The version is noted before the read: a save that lands during it leaves the note stale, so it is read again.
    const stamp = stampOf(file);
    const text = await this.read(file);
    if (text === null) return { modelChanged: false, episodesChanged: false };
    // A slower read (the scan's) that ends after a newer version was indexed, or after the note was deleted, must not
    // put the older text back.
    const latest = this.known.get(file.path);
    const gone = this.app.vault.getAbstractFileByPath(file.path) !== file;
    if (gone || (latest && isCurrent(latest, file) && !isCurrent(stamp, file))) return { modelChanged: false, episodesChanged: false };
    const { model, changed } = this.readInto(file, stamp, text);
    this.known.set(file.path, { ...stamp, model: this.wanted.has(file.path) ? model : null });
    return { modelChanged: true, episodesChanged: changed };
  }

  /** The cache's copy of an unchanged note; a copy that does not restore is dropped, and the note is read instead. */
  private fromCache(file: TFile): RefreshResult | null {
    const stored = this.cache.get(file.path, file.stat.mtime, file.stat.size);
    if (!stored) return null;
    try {
      const change = this.core.restore(file.path, stored);
      this.failed.delete(file.path);
      this.known.set(file.path, { mtime: file.stat.mtime, size: file.stat.size, model: null });
      return { modelChanged: true, episodesChanged: change.changed };
    } catch {
      this.cache.delete(file.path);
      return null;
    }
  }

  /** Drop a note that was deleted or renamed away; true when it was known. */
  forget(path: string): boolean {
    const known = this.known.delete(path);
    this.failed.delete(path);
    this.wanted.delete(path);
    this.core.remove(path);
    this.cache.delete(path);
    return known;
  }

  /** Forget notes that are no longer sources (folders changed, files gone). */
  retainOnly(paths: ReadonlySet<string>): void {
    for (const path of [...this.known.keys()]) if (!paths.has(path)) this.forget(path);
  }

  /**
   * New taxonomy or folders: episodes are assembled afresh. What was read from each note still holds for new folders,
   * not for a new taxonomy (it decides which tables, sentences and sides are read).
   */
  taxonomyChanged(taxonomy = true): void {
    if (taxonomy) this.cache.clear();
    this.known.clear();
    this.failed.clear();
    this.core = this.newCore();
  }

  loadCache(): Promise<void> {
    return this.cache.load();
  }

  saveCache(): Promise<void> {
    return this.cache.save();
  }

  /** Parse (unless parsed) and index one note inside its own try: a note that throws becomes a problem with its path. */
  private readInto(file: TFile, stamp: Stamp, text: string): { model: NoteModel | null; changed: boolean } {
    try {
      const model = parseNote(file.path, text);
      const changed = this.index(file, stamp, model, text);
      this.failed.delete(file.path);
      return { model, changed };
    } catch (e) {
      this.failed.set(file.path, markFailed(this.core, file.path, e).message);
      this.cache.delete(file.path);
      return { model: null, changed: true };
    }
  }

  private index(file: TFile, stamp: Stamp, model: NoteModel, text: string): boolean {
    const change = this.core.update(model, text);
    this.cache.set(file.path, stamp.mtime, stamp.size, this.core.extraction(file.path));
    return change.changed;
  }

  /** The note's text; null when Obsidian cannot read it, which makes the note a failure until it reads again. */
  private async read(file: TFile): Promise<string | null> {
    try {
      return await this.app.vault.cachedRead(file);
    } catch (e) {
      this.failed.set(file.path, `could not be read from the vault (${e instanceof Error ? e.message : String(e)})`);
      return null;
    }
  }

  private newCore(): EpisodeIndex {
    return new EpisodeIndex({ taxonomy: taxonomyFromSettings(this.settings()) });
  }
}

/** Which version of a note: Obsidian's modification time and size, as the cache records them. */
interface Stamp {
  mtime: number;
  size: number;
}

function stampOf(file: TFile): Stamp {
  return { mtime: file.stat.mtime, size: file.stat.size };
}

function isCurrent(k: Stamp, file: TFile): boolean {
  return k.mtime === file.stat.mtime && k.size === file.stat.size;
}
