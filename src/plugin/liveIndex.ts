/**
 * Keeps the episode index in step with the vault: a sliced first scan after layout-ready, then file events. The one
 * owner of the in-memory index: every change to it goes through here and is announced.
 */
import { Component, TFile, type App, type TAbstractFile } from "obsidian";
import type { NoteModel } from "../core/model/types";
import type { Episode } from "../core/episodes/types";
import type { EpisodeIndex } from "../core/episodeIndex/EpisodeIndex";
import type { RotationLensSettings } from "../core/settings/settings";
import { VaultScope } from "./vaultScope";
import { NoteReader } from "./noteReader";
import { counted } from "../core/text/plural";
import type { NoteCache } from "./noteCache";
import type { NoteFailure } from "../core/episodeIndex/readSafely";

/** What changed in one flush: the notes whose models changed (or went away), and whether episodes moved. */
export interface IndexChange {
  paths: ReadonlySet<string>;
  episodesChanged: boolean;
}

type Listener = (change: IndexChange) => void;

/** How the last scan went: whether it read every note, and the notes it could not read. */
export interface ScanReport {
  /** false when the scan stopped before the end (its error is then among the failures, with path ""). */
  complete: boolean;
  failures: NoteFailure[];
}

/** Time one slice of the first scan may take before it yields to keep typing smooth. */
const SLICE_MS = 12;
/** Vaults larger than this show their scan progress in the status bar. */
const PROGRESS_FROM = 300;
/** How long after a change the note cache is written. */
const CACHE_SAVE_DELAY_MS = 5000;
/** Quiet time after a settings change before the vault is read again. */
const RESCAN_DELAY_MS = 400;
/** Edits arrive per keystroke; one re-read per note per pause is enough. */
const EVENT_DEBOUNCE_MS = 250;

export class LiveIndex extends Component {
  private readonly notes: NoteReader;
  private readonly listeners = new Set<Listener>();
  private readonly dirty = new Set<string>();
  private flushTimer: number | null = null;
  private rescanTimer: number | null = null;
  private saveTimer: number | null = null;
  private scanning: Promise<void> | null = null;
  private started = false;
  private statusEl: HTMLElement | null = null;
  /** false from the start of a scan until it has read every note. */
  private complete = false;
  /** What stopped the last scan before its end, if anything did. */
  private scanError: string | null = null;
  private firstScanDone!: () => void;
  private unloaded = false;
  /** Settles the waiters of a settings rescan still in its pause; null when none is pending. */
  private rescanDone: (() => void) | null = null;
  /** The flush running now: readers wait for it rather than start one that announces the same change again. */
  private flushing: Promise<void> | null = null;
  /** Settles once the first scan has run (it starts at layout-ready): episodes asked for earlier wait for it. */
  private readonly firstScan = new Promise<void>((resolve) => (this.firstScanDone = resolve));

  constructor(
    private readonly app: App,
    private readonly settings: () => RotationLensSettings,
    private readonly statusBar: () => HTMLElement,
    cache: NoteCache,
  ) {
    super();
    this.notes = new NoteReader(app, settings, cache);
    // Turned off, even mid-scan: the scan stops at its next note, nobody is told anything more, nothing is written
    // later, and whoever waits for a scan gets what there is rather than a promise that settles seconds later or never.
    this.register(() => {
      this.unloaded = true;
      this.listeners.clear();
      this.firstScanDone();
      this.settleRescan()();
    });
  }

  /** Called once the layout is ready: subscribe to file events, then scan the vault in slices. */
  start(): Promise<void> {
    if (!this.started) {
      this.started = true;
      const { vault } = this.app;
      this.registerEvent(vault.on("create", (f) => this.touched(f)));
      this.registerEvent(vault.on("modify", (f) => this.touched(f)));
      this.registerEvent(vault.on("delete", (f) => this.removed(f.path)));
      this.registerEvent(vault.on("rename", (f, oldPath) => this.renamed(f, oldPath)));
      this.register(() => {
        this.cancelFlush();
        if (this.rescanTimer !== null) window.clearTimeout(this.rescanTimer);
        if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
        void this.notes.saveCache();
      });
      // The cache is read once, before the first scan, so unchanged notes need not be read at all.
      const run = this.notes.loadCache().then(() => this.rescan());
      this.scanning = run;
      run.then(this.firstScanDone, this.firstScanDone);
      return run;
    }
    return this.rescan();
  }

  /** Resolves when the first scan (or the rescan in progress) has finished, with how it went. Never rejects. */
  async whenReady(): Promise<ScanReport> {
    if (!this.unloaded) await (this.scanning ?? Promise.resolve());
    return this.report();
  }

  /**
   * Resolves when the index holds the vault as it is: the first scan done, no scan running, and every edit saved so
   * far read in. A settings change during the wait starts the wait again, so nobody is answered from a half-read vault.
   */
  async whenCurrent(): Promise<ScanReport> {
    await this.firstScan;
    for (;;) {
      const report = await this.whenReady();
      if (this.dirty.size > 0 || this.flushing !== null) await this.flush();
      if (this.ready || this.unloaded) return report;
    }
  }

  /** How the index stands now: a writer of the index note keeps its last good text while this lists failures. */
  report(): ScanReport {
    const failures = this.notes.failures();
    if (this.scanError !== null) failures.unshift({ path: "", message: this.scanError });
    return { complete: this.started && this.complete, failures };
  }

  get ready(): boolean {
    return this.started && this.scanning === null;
  }

  /** Folders, taxonomy or as-of changed: every note may read differently. */
  settingsChanged(changed: ReadonlySet<keyof RotationLensSettings>): void {
    const rereads = ["includeFolders", "excludeFolders", "indexNotePath", "taxonomyYaml"].some((k) =>
      changed.has(k as keyof RotationLensSettings),
    );
    if (rereads) {
      this.notes.taxonomyChanged(changed.has("taxonomyYaml"));
      if (this.started) this.scheduleRescan();
    } else if (changed.has("asOfOverride") && this.started) {
      // Ongoing rotations age with the as-of date: nothing to re-read, but the index note and blocks redraw.
      this.emit({ paths: new Set(), episodesChanged: true });
    }
  }

  /** Settings are typed one key at a time: wait for a pause before reading the whole vault again. */
  private scheduleRescan(): void {
    if (this.rescanTimer !== null) window.clearTimeout(this.rescanTimer);
    // One promise per pause, however many keys are typed in it: whoever waits gets the scan that ends the pause.
    if (this.rescanDone === null) this.scanning = new Promise<void>((resolve) => (this.rescanDone = resolve));
    this.rescanTimer = window.setTimeout(() => {
      this.rescanTimer = null;
      const done = this.settleRescan();
      void this.rescan().then(done, done);
    }, RESCAN_DELAY_MS);
  }

  /** The waiters of the pending pause, released from it (their resolve is returned to call when its scan ends). */
  private settleRescan(): () => void {
    const done = this.rescanDone ?? (() => undefined);
    this.rescanDone = null;
    return done;
  }

  /** Subscribe to index changes; the returned function unsubscribes (pass it to Component.register). */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The episode index as it stands (read-only use: only this class changes it). */
  get episodeIndex(): EpisodeIndex {
    return this.notes.episodeIndex;
  }

  /**
   * The vault's episodes aged to `asOf`, once the first scan and any scan in progress have finished. Edits still
   * waiting for typing to pause are read first, through the flush that announces them: a script that saves a note
   * and then asks sees its own edit.
   */
  async episodes(asOf: string): Promise<Episode[]> {
    await this.whenCurrent();
    return this.notes.episodeIndex.episodes(asOf);
  }

  /**
   * The model of a note. A source note edited since the last flush is flushed first, so the change a view is about
   * to see is announced to every other view too (a read never updates the index behind the listeners' backs).
   * While a scan runs, the scan reads the note and announces it.
   */
  async model(file: TFile): Promise<NoteModel | null> {
    if (this.ready && !this.notes.isCurrent(file) && new VaultScope(this.settings()).isSource(file.path)) {
      this.dirty.add(file.path);
      await this.flush();
    }
    return this.notes.model(file);
  }

  private rescan(): Promise<void> {
    const run = this.scanAll().finally(() => {
      if (this.scanning === run) this.scanning = null;
    });
    this.scanning = run;
    return run;
  }

  /** A scan that throws outside any one note (the vault's file list) is recorded, never left to reject unseen. */
  private async scanAll(): Promise<void> {
    this.complete = false;
    this.scanError = null;
    try {
      await this.readAll();
      this.complete = !this.unloaded;
    } catch (e) {
      this.scanError = `the scan stopped: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (!this.unloaded) this.showFailures();
  }

  private async readAll(): Promise<void> {
    const scope = new VaultScope(this.settings());
    const files = this.app.vault.getMarkdownFiles().filter((f) => scope.isSource(f.path));
    this.notes.retainOnly(new Set(files.map((f) => f.path)));
    const showProgress = files.length >= PROGRESS_FROM;
    let sliceStart = performance.now();
    for (let i = 0; i < files.length; i++) {
      if (this.unloaded) return;
      await this.notes.refresh(files[i]);
      if (performance.now() - sliceStart > SLICE_MS) {
        if (showProgress) this.progress(`Rotation Lens: reading notes ${i + 1}/${files.length}`);
        await yieldToUi();
        sliceStart = performance.now();
      }
    }
    this.emit({ paths: new Set(files.map((f) => f.path)), episodesChanged: true });
    this.saveCacheSoon();
  }

  private touched(file: TAbstractFile): void {
    if (!(file instanceof TFile) || file.extension !== "md") return;
    if (!new VaultScope(this.settings()).isSource(file.path)) return;
    this.dirty.add(file.path);
    this.scheduleFlush();
  }

  private removed(path: string): void {
    if (this.notes.forget(path)) this.emit({ paths: new Set([path]), episodesChanged: true });
  }

  private renamed(file: TAbstractFile, oldPath: string): void {
    this.notes.forget(oldPath);
    this.dirty.delete(oldPath);
    this.touched(file);
    this.emit({ paths: new Set([oldPath]), episodesChanged: true });
  }

  private scheduleFlush(): void {
    this.cancelFlush();
    this.flushTimer = window.setTimeout(() => void this.flush(), EVENT_DEBOUNCE_MS);
  }

  private cancelFlush(): void {
    if (this.flushTimer !== null) window.clearTimeout(this.flushTimer);
    this.flushTimer = null;
  }

  /** Re-read the notes edited since the last flush; tell listeners only about real changes. */
  async flush(): Promise<void> {
    this.cancelFlush();
    // One flush at a time: a reader arriving mid-flush waits for it, then reads in what is dirty since.
    while (this.flushing !== null) await this.flushing.catch(() => undefined);
    if (this.unloaded || this.dirty.size === 0) return;
    const run = this.flushDirty();
    this.flushing = run;
    try {
      await run;
    } finally {
      this.flushing = null;
    }
  }

  private async flushDirty(): Promise<void> {
    const paths = [...this.dirty];
    this.dirty.clear();
    const changed = new Set<string>();
    let episodesChanged = false;
    for (const path of paths) {
      if (this.unloaded) return;
      const file = this.app.vault.getAbstractFileByPath(path);
      if (!(file instanceof TFile)) continue;
      const result = await this.notes.refresh(file);
      if (result.modelChanged) changed.add(path);
      episodesChanged ||= result.episodesChanged;
    }
    if (changed.size > 0) {
      this.emit({ paths: changed, episodesChanged });
      this.saveCacheSoon();
    }
    if (!this.unloaded) this.showFailures();
  }

  /** The cache is written a while after changes settle, not on every keystroke. */
  private saveCacheSoon(): void {
    if (this.saveTimer !== null || this.unloaded) return;
    this.saveTimer = window.setTimeout(() => {
      this.saveTimer = null;
      void this.notes.saveCache();
    }, CACHE_SAVE_DELAY_MS);
  }

  /** Every listener hears every change: one view's error is reported and stops neither the others nor the flush. */
  private emit(change: IndexChange): void {
    for (const l of [...this.listeners]) {
      try {
        l(change);
      } catch (e) {
        console.error("Rotation Lens: a view failed on an index change", e);
      }
    }
  }

  /** The status bar counts the notes that could not be read (their paths in its tooltip); empty when all read. */
  private showFailures(): void {
    const { failures } = this.report();
    if (failures.length === 0 && this.statusEl === null) return;
    const n = failures.length - (this.scanError === null ? 0 : 1);
    const notRead = n === 0 ? "" : `Rotation Lens: ${counted(n, "note")} not read`;
    this.progress(this.scanError !== null ? "Rotation Lens: the scan stopped" : notRead);
    this.statusEl?.setAttr("aria-label", failures.map((f) => `${f.path || "vault"}: ${f.message}`).join("\n"));
  }

  private progress(text: string): void {
    this.statusEl ??= this.statusBar();
    this.statusEl.setText(text);
  }
}

function yieldToUi(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
