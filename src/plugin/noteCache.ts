/** What the index read from each note, kept in the plugin's folder, so a restart re-reads only notes that changed since. */
import type { App } from "obsidian";
import type { NoteExtraction } from "../core/episodes/types";
import { isCachedNote, type CachedNote } from "../core/episodeIndex/cacheShape";

interface CacheFile {
  /** The plugin version that wrote it: a new version may read notes differently, so it starts afresh. */
  version: string;
  /** The taxonomy additions it was read with: what a note yields depends on them, so other additions start afresh. */
  taxonomy?: string;
  notes: Record<string, CachedNote>;
}

export class NoteCache {
  private entries = new Map<string, CachedNote>();
  private changed = false;

  constructor(
    private readonly app: App,
    private readonly file: string,
    private readonly version: string,
    private readonly taxonomy: () => string,
  ) {}

  /** Read the cache file; anything missing, damaged or from another version gives an empty cache. */
  async load(): Promise<void> {
    this.entries = new Map();
    try {
      if (!(await this.app.vault.adapter.exists(this.file))) return;
      const data = JSON.parse(await this.app.vault.adapter.read(this.file)) as Partial<CacheFile>;
      if (data.version !== this.version || (data.taxonomy ?? "") !== this.taxonomy() || !data.notes || typeof data.notes !== "object")
        return;
      // An entry of the wrong shape is left out (and so read from its note again and rewritten); the rest are kept.
      for (const [path, note] of Object.entries(data.notes)) {
        if (isCachedNote(note)) this.entries.set(path, note);
        else this.changed = true;
      }
    } catch {
      this.entries = new Map();
    }
  }

  /** The stored extraction when the file is exactly as it was read (same size and modification time). */
  get(path: string, mtime: number, size: number): NoteExtraction | null {
    const hit = this.entries.get(path);
    return hit && hit.mtime === mtime && hit.size === size ? hit.extraction : null;
  }

  set(path: string, mtime: number, size: number, extraction: NoteExtraction): void {
    this.entries.set(path, { mtime, size, extraction });
    this.changed = true;
  }

  /** The taxonomy changed: every stored extraction was read with the old one. */
  clear(): void {
    if (this.entries.size > 0) this.changed = true;
    this.entries.clear();
  }

  delete(path: string): void {
    if (this.entries.delete(path)) this.changed = true;
  }

  /** Write the cache if anything changed since the last write. */
  async save(): Promise<void> {
    if (!this.changed) return;
    this.changed = false;
    const data: CacheFile = { version: this.version, taxonomy: this.taxonomy(), notes: Object.fromEntries(this.entries) };
    try {
      await this.app.vault.adapter.write(this.file, JSON.stringify(data));
    } catch {
      // A cache that cannot be written only costs the next start some time.
      this.changed = true;
    }
  }
}
