/**
 * Obsidian 1.13's declarative settings, as a test drives them: each control mounted with its value, checked on mount
 * and on change, persisted only when accepted.
 */
/** What the settings modal needs of a tab (the real plugin's tab is typed against the real declarations). */
export interface DeclaringTab {
  getSettingDefinitions(): unknown[];
  getControlValue(key: string): unknown;
  setControlValue(key: string, value: unknown): void | Promise<void>;
}

export interface MountedSetting {
  name: string;
  desc: string;
  type: string;
  key: string;
  value: unknown;
  /** The inline message under the setting ("" when none). */
  error: string;
  /** What the user typing or clicking does: validate, then setControlValue when accepted. */
  change(v: unknown): Promise<void>;
}

interface Definition {
  name?: string;
  desc?: string;
  items?: Definition[];
  control?: { type: string; key: string; defaultValue?: unknown; validate?: (v: never) => string | void | Promise<string | void> };
}

/** Every control of the tab's definitions (groups and pages flattened), as the settings modal mounts them. */
export async function mountDefinitions(tab: DeclaringTab): Promise<MountedSetting[]> {
  const flat = (items: Definition[]): Definition[] => items.flatMap((d) => [d, ...flat(d.items ?? [])]);
  const out: MountedSetting[] = [];
  for (const d of flat(tab.getSettingDefinitions() as Definition[])) {
    const control = d.control;
    if (!control) continue;
    const validate = async (v: unknown): Promise<string> => (await control.validate?.(v as never)) || "";
    const value = tab.getControlValue(control.key) ?? control.defaultValue;
    const mounted: MountedSetting = {
      name: d.name ?? "",
      desc: d.desc ?? "",
      type: control.type,
      key: control.key,
      value,
      error: await validate(value),
      change: async (v) => {
        mounted.error = await validate(v);
        if (mounted.error === "") await tab.setControlValue(control.key, v);
        mounted.value = tab.getControlValue(control.key);
      },
    };
    out.push(mounted);
  }
  return out;
}
