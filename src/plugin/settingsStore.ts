/** Reads and writes data.json: a file that does not parse is copied aside before defaults apply, and keys from newer versions are kept. */
import { Notice, normalizePath, type Plugin } from "obsidian";
import { normalizeSettings, type RotationLensSettings } from "../core/settings/settings";

export class SettingsStore {
  /** Keys this version does not know, written back unchanged with every save. */
  private unknown: Record<string, unknown> = {};

  constructor(private readonly plugin: Plugin) {}

  private get folder(): string {
    const { manifest, app } = this.plugin;
    return normalizePath(manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`);
  }

  private get dataPath(): string {
    return normalizePath(`${this.folder}/data.json`);
  }

  /** The stored settings, repaired where needed; the user is told what was repaired and where the old file went. */
  async load(): Promise<RotationLensSettings> {
    const text = await this.readText();
    let raw: unknown = null;
    let parsed = true;
    if (text !== null) {
      try {
        raw = JSON.parse(text) as unknown;
      } catch {
        parsed = false;
      }
    }
    const { settings, problems, unknown } = normalizeSettings(raw);
    this.unknown = unknown;
    if (text !== null && (!parsed || problems.length > 0))
      await this.repaired(text, parsed ? problems.join(" ") : "data.json is not valid JSON.", settings);
    return settings;
  }

  /** Save the settings, with any keys a newer version left in data.json. */
  async save(settings: RotationLensSettings): Promise<void> {
    await this.plugin.saveData({ ...this.unknown, ...settings });
  }

  /** Keep a copy of the damaged file, say so, and only then write the repaired settings over it. */
  private async repaired(text: string, why: string, settings: RotationLensSettings): Promise<void> {
    const backup = await this.backUp(text);
    if (backup === null) {
      new Notice(
        `Rotation Lens: the settings could not be fully read. ${why} No copy could be kept, so data.json is left as it is; defaults apply for now.`,
        15000,
      );
      return;
    }
    new Notice(
      `Rotation Lens: the settings could not be fully read. ${why} A copy is kept in ${backup}; defaults apply where needed.`,
      15000,
    );
    try {
      await this.save(settings);
    } catch {
      // The repaired settings are in force for this session; data.json is rewritten at the next change.
    }
  }

  /** Write the damaged text to data.json.bak (or the first free data.json.N.bak); null when nothing could be written. */
  private async backUp(text: string): Promise<string | null> {
    const { adapter } = this.plugin.app.vault;
    try {
      for (let n = 0; n < 100; n++) {
        const path = normalizePath(`${this.folder}/${n === 0 ? "data.json.bak" : `data.json.${n}.bak`}`);
        if ((await adapter.exists(path)) && (await adapter.read(path)) !== text) continue;
        await adapter.write(path, text);
        return path;
      }
    } catch {
      // Reported by the caller: without a copy, the damaged file is not overwritten.
    }
    return null;
  }

  /** data.json's text; null when there is none (a first start) or it cannot be read (said in a Notice). */
  private async readText(): Promise<string | null> {
    const { adapter } = this.plugin.app.vault;
    try {
      return (await adapter.exists(this.dataPath)) ? await adapter.read(this.dataPath) : null;
    } catch (e) {
      new Notice(
        `Rotation Lens: the settings file could not be opened (${e instanceof Error ? e.message : String(e)}); defaults apply for now.`,
        15000,
      );
      return null;
    }
  }
}
