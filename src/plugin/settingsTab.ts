/** The settings tab: every option of RotationLensSettings, validated as the user types. */
import { App, PluginSettingTab, Setting } from "obsidian";
import { isIsoDay, validateTaxonomyYaml } from "../core/settings/settings";
import type RotationLensPlugin from "./main";

export class RotationLensSettingTab extends PluginSettingTab {
  constructor(app: App, private readonly plugin: RotationLensPlugin) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const s = this.plugin.settings;

    new Setting(containerEl)
      .setName("Index note")
      .setDesc("Path of the note that holds the generated list of rotations.")
      .addText((t) =>
        t.setPlaceholder("Historical rotations.md").setValue(s.indexNotePath).onChange(async (v) => {
          const path = v.trim();
          if (!path.endsWith(".md")) return;
          await this.plugin.updateSettings({ indexNotePath: path });
        }),
      );
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

  private addTaxonomySetting(containerEl: HTMLElement): void {
    const setting = new Setting(containerEl)
      .setName("Taxonomy additions")
      .setDesc("Map a ticker or sector to a group in YAML, one per line: term, colon, group.");
    const errorEl = containerEl.createDiv({ cls: "rotation-lens-setting-error" });
    setting.addTextArea((t) =>
      t.setValue(this.plugin.settings.taxonomyYaml).onChange(async (v) => {
        const error = validateTaxonomyYaml(v);
        errorEl.setText(error ?? "");
        if (error === null) await this.plugin.updateSettings({ taxonomyYaml: v });
      }),
    );
  }

  private addAsOfSetting(containerEl: HTMLElement): void {
    const setting = new Setting(containerEl)
      .setName("As-of date")
      .setDesc("A date such as 2026-03-01 to pin the age of ongoing rotations. Leave blank for today.");
    const errorEl = containerEl.createDiv({ cls: "rotation-lens-setting-error" });
    setting.addText((t) =>
      t.setPlaceholder("2026-03-01").setValue(this.plugin.settings.asOfOverride).onChange(async (v) => {
        const value = v.trim();
        const ok = value === "" || isIsoDay(value);
        errorEl.setText(ok ? "" : "Use a date such as 2026-03-01, or leave blank.");
        if (ok) await this.plugin.updateSettings({ asOfOverride: value });
      }),
    );
  }
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^\/+|\/+$/g, ""))
    .filter((l) => l !== "");
}
