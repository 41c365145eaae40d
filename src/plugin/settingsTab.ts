/** The settings tab: every option of RotationLensSettings, validated as the user types. */
import { App, PluginSettingTab, Setting, TFolder } from "obsidian";
import { checkIndexPath } from "../core/settings/indexPath";
import { isIsoDay, validateTaxonomyYaml, type RotationLensSettings } from "../core/settings/settings";
import type RotationLensPlugin from "./main";

export class RotationLensSettingTab extends PluginSettingTab {
  constructor(app: App, private readonly plugin: RotationLensPlugin) {
    super(app, plugin);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const s = this.plugin.settings;

    this.addIndexPathSetting(containerEl);
    new Setting(containerEl)
      .setName("Folders to read")
      .setDesc("One folder per line. Leave empty to read the whole vault.")
      .addTextArea((t) =>
        t.setValue(s.includeFolders.join("\n")).onChange(async (v) => {
          await this.plugin.updateSettings({ includeFolders: splitLines(v) });
        }),
      );
    new Setting(containerEl)
      .setName("Folders to skip")
      .setDesc("One folder per line, for templates or archives.")
      .addTextArea((t) =>
        t.setValue(s.excludeFolders.join("\n")).onChange(async (v) => {
          await this.plugin.updateSettings({ excludeFolders: splitLines(v) });
        }),
      );
    new Setting(containerEl)
      .setName("Refresh automatically")
      .setDesc("Rewrite the index note when a research note changes.")
      .addToggle((t) => t.setValue(s.autoRefresh).onChange(async (v) => this.plugin.updateSettings({ autoRefresh: v })));
    new Setting(containerEl)
      .setName("Refresh delay")
      .setDesc("Seconds of quiet after the last edit before refreshing.")
      .addText((t) =>
        t.setValue(String(s.refreshDelayMs / 1000)).onChange(async (v) => {
          const seconds = Number(v);
          if (Number.isFinite(seconds) && seconds >= 0 && seconds <= 600) {
            await this.plugin.updateSettings({ refreshDelayMs: Math.round(seconds * 1000) });
          }
        }),
      );
    this.addTaxonomySetting(containerEl);
    this.addAsOfSetting(containerEl);
    new Setting(containerEl)
      .setName("Animate charts")
      .addToggle((t) => t.setValue(s.chartAnimation).onChange(async (v) => this.plugin.updateSettings({ chartAnimation: v })));
  }

  /** Saved only once it names a note inside the vault, normalised; otherwise the reason shows beside the field. */
  private addIndexPathSetting(containerEl: HTMLElement): void {
    this.validatedField(containerEl, "Index note", "Path of the note that holds the generated list of rotations.", "Historical rotations.md", this.plugin.settings.indexNotePath, (v) => {
      const check = checkIndexPath(v);
      if (!check.ok) return { error: check.error };
      if (this.app.vault.getAbstractFileByPath(check.path) instanceof TFolder) return { error: `${check.path} is a folder.` };
      return { save: { indexNotePath: check.path } };
    });
  }

  private addTaxonomySetting(containerEl: HTMLElement): void {
    const desc = "Map a ticker or sector to a group in YAML, one per line: term, colon, group.";
    this.validatedField(containerEl, "Taxonomy additions", desc, null, this.plugin.settings.taxonomyYaml, (v) => {
      const error = validateTaxonomyYaml(v);
      return error === null ? { save: { taxonomyYaml: v } } : { error };
    });
  }

  private addAsOfSetting(containerEl: HTMLElement): void {
    const desc = "A date such as 2026-03-01 to pin the age of ongoing rotations. Leave blank for today.";
    this.validatedField(containerEl, "As-of date", desc, "2026-03-01", this.plugin.settings.asOfOverride, (v) => {
      const value = v.trim();
      return value === "" || isIsoDay(value) ? { save: { asOfOverride: value } } : { error: "Use a date such as 2026-03-01, or leave blank." };
    });
  }

  /**
   * A text field (a text area when it has no placeholder) saved only when `check` accepts what was typed;
   * otherwise the reason shows beside it.
   */
  private validatedField(containerEl: HTMLElement, name: string, desc: string, placeholder: string | null, value: string, check: (v: string) => Checked): void {
    const setting = new Setting(containerEl).setName(name).setDesc(desc);
    const errorEl = containerEl.createDiv({ cls: "rotation-lens-setting-error" });
    const onChange = async (v: string): Promise<void> => {
      const r = check(v);
      errorEl.setText("error" in r ? r.error : "");
      if ("save" in r) await this.plugin.updateSettings(r.save);
    };
    if (placeholder === null) setting.addTextArea((t) => t.setValue(value).onChange(onChange));
    else setting.addText((t) => t.setPlaceholder(placeholder).setValue(value).onChange(onChange));
  }
}

type Checked = { error: string } | { save: Partial<RotationLensSettings> };


function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^\/+|\/+$/g, ""))
    .filter((l) => l !== "");
}
