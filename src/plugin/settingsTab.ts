/**
 * The settings tab: declared for Obsidian 1.13+ (its settings search finds them), drawn by display() on older apps; one
 * list of fields, one set of checks.
 */
import { PluginSettingTab, Setting, type App, type SettingDefinitionItem } from "obsidian";
import type { Plugin } from "obsidian";
import type { Lens } from "./lens";
import { SETTING_FIELDS, type SettingField } from "./settingFields";

export class RotationLensSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly lens: Lens,
  ) {
    super(app, plugin);
  }

  /** Obsidian 1.13+ renders these (and indexes them for search) instead of calling display(); older apps never call it. */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    return SETTING_FIELDS.map((f) => ({
      name: f.name,
      desc: f.desc,
      control:
        f.kind === "toggle"
          ? { type: "toggle", key: f.key }
          : { type: f.kind, key: f.key, placeholder: f.placeholder, validate: (v: string) => this.refusal(f, v) },
    }));
  }

  override getControlValue(key: string): unknown {
    return SETTING_FIELDS.find((f) => f.key === key)?.read(this.lens.settings);
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    const field = SETTING_FIELDS.find((f) => f.key === key);
    const r = field?.check(typeof value === "boolean" ? value : String(value), this.app);
    if (r && "save" in r) await this.lens.updateSettings(r.save);
  }

  /** Obsidian before 1.13: the same fields, the same checks, the reason shown beside a refused field. */
  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const f of SETTING_FIELDS) {
      const setting = new Setting(containerEl).setName(f.name);
      if (f.desc) setting.setDesc(f.desc);
      const value = f.read(this.lens.settings);
      if (typeof value === "boolean") {
        setting.addToggle((t) => t.setValue(value).onChange((v) => this.save(f, v, null)));
        continue;
      }
      const errorEl = containerEl.createDiv({ cls: "rotation-lens-setting-error" });
      const onChange = (v: string): Promise<void> => this.save(f, v, errorEl);
      if (f.kind === "textarea") setting.addTextArea((t) => t.setValue(value).onChange(onChange));
      else
        setting.addText((t) =>
          t
            .setPlaceholder(f.placeholder ?? "")
            .setValue(value)
            .onChange(onChange),
        );
    }
  }

  private refusal(f: SettingField, v: string): string | undefined {
    const r = f.check(v, this.app);
    return "error" in r ? r.error : undefined;
  }

  private async save(f: SettingField, v: string | boolean, errorEl: HTMLElement | null): Promise<void> {
    const r = f.check(v, this.app);
    errorEl?.setText("error" in r ? r.error : "");
    if ("save" in r) await this.lens.updateSettings(r.save);
  }
}
