/** Rotation Lens for Obsidian: lifecycle only; the work lives in the live index, blocks and commands. */
import { Notice, Plugin, normalizePath } from "obsidian";
import { isoDay } from "../core/dates/isoDay";
import { DEFAULT_SETTINGS, effectiveAsOf, type RotationLensSettings } from "../core/settings/settings";
import { LiveIndex } from "./liveIndex";
import { registerBlocks } from "./blocks/registerBlocks";
import { registerCommands } from "./commands";
import { registerBasesViews } from "./bases/registerBases";
import { registerPromote } from "./promoteRow";
import { RotationLensSettingTab } from "./settingsTab";
import { IndexNoteWriter, type RefreshOutcome } from "./indexNoteWriter";
import { NoteCache } from "./noteCache";
import { SettingsStore } from "./settingsStore";
import { scanNotice } from "./scanNotice";
import { createLens } from "./lens";
import { createApi } from "./api/createApi";
import type { RotationLensApi } from "./api/publicApi";

export default class RotationLensPlugin extends Plugin {
  override settings: RotationLensSettings = { ...DEFAULT_SETTINGS };
  index!: LiveIndex;
  /** The public API: app.plugins.plugins["rotation-lens"].api (see api/publicApi.ts and the README). */
  api!: RotationLensApi;
  private readonly writer = new IndexNoteWriter(this.app);
  private readonly store = new SettingsStore(this);
  private refreshTimer: number | null = null;
  private unloaded = false;

  override async onload(): Promise<void> {
    await this.loadSettings();
    this.register(() => {
      if (this.refreshTimer !== null) window.clearTimeout(this.refreshTimer);
    });
    const cacheFile = normalizePath(`${this.app.vault.configDir}/plugins/${this.manifest.id}/cache.json`);
    const cache = new NoteCache(this.app, cacheFile, this.manifest.version, () => this.settings.taxonomyYaml);
    this.index = this.addChild(
      new LiveIndex(
        this.app,
        () => this.settings,
        () => this.addStatusBarItem(),
        cache,
      ),
    );
    // The views get a Lens, not the plugin: what they may read and do, and nothing else.
    const lens = createLens(this, this.index);
    this.api = createApi(lens);
    registerBlocks(this, lens);
    registerCommands(this, lens);
    registerPromote(this, lens);
    // Obsidian 1.10+ only, detected at run time: older apps and Bases turned off go without the view.
    registerBasesViews(this, lens);
    this.addSettingTab(new RotationLensSettingTab(this.app, this, lens));
    // Reading the vault waits for the layout, so Obsidian's start is not slowed by this plugin.
    this.app.workspace.onLayoutReady(() => void this.startIndexing());
  }

  override onunload(): void {
    this.unloaded = true;
  }

  private async startIndexing(): Promise<void> {
    this.register(
      this.index.onChange((change) => {
        if (change.episodesChanged && this.settings.autoRefresh) this.scheduleRefresh();
      }),
    );
    await this.index.start();
    // The first scan is awaited: notes it could not read are named once here, and counted in the status bar.
    const message = scanNotice(this.index.report());
    if (message !== null) new Notice(message);
  }

  /** Debounced: a burst of edits produces one refresh after the configured quiet time. */
  private scheduleRefresh(): void {
    if (this.refreshTimer !== null) window.clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(() => {
      this.refreshTimer = null;
      void this.refreshIndexNote(false);
    }, this.settings.refreshDelayMs);
  }

  /** Rewrite the index note's region from the current episodes (a no-op when nothing changed). */
  async refreshIndexNote(userAsked: boolean): Promise<RefreshOutcome> {
    // Edits saved a moment ago count: "refresh now" right after a save writes that save.
    const scan = await this.index.whenCurrent();
    // Turned off while waiting: an unloaded plugin writes nothing.
    if (this.unloaded) return "unchanged";
    // A scan that stopped early counts as a failure too: its missing notes must not shrink the index note.
    const failedNotes = scan.failures.length + (scan.complete ? 0 : 1);
    try {
      return await this.writer.refresh(this.settings.indexNotePath, this.index.episodeIndex, this.asOf(), userAsked, failedNotes);
    } catch (e) {
      // A failed write leaves the note as it was (Vault.process is all or nothing); say so, and try again on the next change.
      new Notice(`Rotation Lens could not update ${this.settings.indexNotePath}: ${e instanceof Error ? e.message : String(e)}`);
      return "failed";
    }
  }

  /** The date ongoing rotations are aged to: the settings' override, else today (local time). */
  asOf(): string {
    return effectiveAsOf(this.settings, isoDay(new Date()));
  }

  async loadSettings(): Promise<void> {
    this.settings = await this.store.load();
  }

  /** Change settings, save them, and let the index react (new folders, taxonomy, as-of date). */
  async updateSettings(change: Partial<RotationLensSettings>): Promise<void> {
    const changed = new Set((Object.keys(change) as (keyof RotationLensSettings)[]).filter((k) => change[k] !== this.settings[k]));
    this.settings = { ...this.settings, ...change };
    await this.store.save(this.settings);
    this.index.settingsChanged(changed);
    // Turning automatic refresh on brings the index note up to date without waiting for the next edit.
    if (changed.has("autoRefresh") && this.settings.autoRefresh && this.index.ready) this.scheduleRefresh();
  }
}
