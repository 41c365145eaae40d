/** Rotation Lens for Obsidian: lifecycle only; the work lives in the live index, blocks and commands. */
import { Notice, Plugin } from "obsidian";
import { format } from "date-fns";
import { DEFAULT_SETTINGS, effectiveAsOf, normalizeSettings, type RotationLensSettings } from "../core/settings/settings";
import { LiveIndex } from "./liveIndex";
import { registerBlocks } from "./blocks/registerBlocks";
import { registerCommands } from "./commands";
import { RotationLensSettingTab } from "./settingsTab";

export default class RotationLensPlugin extends Plugin {
  settings: RotationLensSettings = { ...DEFAULT_SETTINGS };
  index!: LiveIndex;

  async onload(): Promise<void> {
    await this.loadSettings();
    this.index = this.addChild(new LiveIndex(this.app, () => this.settings, () => this.addStatusBarItem()));
    registerBlocks(this);
    registerCommands(this);
    this.addSettingTab(new RotationLensSettingTab(this.app, this));
    // Reading the vault waits for the layout, so Obsidian's start is not slowed by this plugin.
    this.app.workspace.onLayoutReady(() => this.index.start());
  }

  /** The date ongoing rotations are aged to: the settings' override, else today (local time). */
  asOf(): string {
    return effectiveAsOf(this.settings, format(new Date(), "yyyy-MM-dd"));
  }

  async loadSettings(): Promise<void> {
    let raw: unknown;
    try {
      raw = await this.loadData();
    } catch {
      raw = "unreadable";
    }
    const { settings, problems } = normalizeSettings(raw);
    this.settings = settings;
    if (problems.length > 0) {
      new Notice(`Rotation Lens: settings were damaged and have been reset where needed. ${problems.join(" ")}`);
      await this.saveData(this.settings);
    }
  }

  /** Change settings, save them, and let the index react (new folders, taxonomy, as-of date). */
  async updateSettings(change: Partial<RotationLensSettings>): Promise<void> {
    this.settings = { ...this.settings, ...change };
    await this.saveData(this.settings);
    this.index.settingsChanged();
  }
}
