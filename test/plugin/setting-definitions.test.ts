/** @jest-environment jsdom */
import { MemoryStore, Setting } from "../fakes/obsidian";
import type { ValueComponent } from "../fakes/ui";
import { mountDefinitions } from "../fakes/settingDefinitions";
import { loadPlugin, type Loaded } from "../harness/testApp";
import { RotationLensSettingTab } from "../../src/plugin/settingsTab";

const NAMES = [
  "Index note",
  "Folders to read",
  "Folders to skip",
  "Refresh automatically",
  "Refresh delay",
  "Taxonomy additions",
  "As-of date",
  "Animate charts",
  "Episode notes folder",
];

/** For each setting: what is typed, and what must follow (the message beside the field, or the saved setting). */
const CASES: [string, string | boolean, string, Record<string, unknown>][] = [
  ["Index note", "../Outside.md", "The index note must stay inside the vault: no . or .. in its path.", {}],
  ["Index note", "Notes", "The index note must be a note ending in .md.", {}],
  ["Index note", "Research", "The index note must be a note ending in .md.", {}],
  ["Index note", "/Research//Rotations index.md", "", { indexNotePath: "Research/Rotations index.md" }],
  ["Folders to read", "Research/\n\n/Markets", "", { includeFolders: ["Research", "Markets"] }],
  ["Refresh delay", "soon", "Use a number of seconds from 0 to 600.", {}],
  ["Refresh delay", "601", "Use a number of seconds from 0 to 600.", {}],
  ["Refresh delay", "1.5", "", { refreshDelayMs: 1500 }],
  ["Taxonomy additions", "ARKK: [growth", "Taxonomy YAML:", {}],
  ["Taxonomy additions", "ARKK: growth", "", { taxonomyYaml: "ARKK: growth" }],
  ["As-of date", "2026-02-30", "Use a date such as 2026-03-01, or leave blank.", {}],
  ["As-of date", " 2026-03-01 ", "", { asOfOverride: "2026-03-01" }],
  ["Episode notes folder", ".hidden", "The folder cannot be hidden (a name starting with a dot).", {}],
  ["Episode notes folder", "Sector Rotation.md", "Sector Rotation.md is a file.", {}],
  ["Episode notes folder", "Research/Episodes/", "", { episodeFolder: "Research/Episodes" }],
  ["Refresh automatically", false, "", { autoRefresh: false }],
  ["Animate charts", false, "", { chartAnimation: false }],
];

async function fresh(): Promise<{ l: Loaded; tab: RotationLensSettingTab }> {
  const l = await loadPlugin(new MemoryStore({ "Sector Rotation.md": "# Sector Rotation\n", "Notes/a.md": "" }));
  return { l, tab: (l.plugin as unknown as { settingTabs: RotationLensSettingTab[] }).settingTabs[0] };
}

describe("settings on Obsidian 1.13+ (declared, searchable) and before (display())", () => {
  it("declares every setting with its name and description, so the settings search finds them", async () => {
    const { tab } = await fresh();
    const mounted = await mountDefinitions(tab);
    expect(mounted.map((m) => m.name)).toEqual(NAMES);
    expect(mounted.find((m) => m.name === "Taxonomy additions")).toMatchObject({
      type: "textarea",
      desc: "Map a ticker or sector to a group in YAML, one per line: term, colon, group.",
    });
    expect(mounted.map((m) => [m.key, m.value])).toEqual([
      ["indexNotePath", "Historical rotations.md"],
      ["includeFolders", ""],
      ["excludeFolders", ""],
      ["autoRefresh", true],
      ["refreshDelay", "2"],
      ["taxonomyYaml", ""],
      ["asOfOverride", ""],
      ["chartAnimation", true],
      ["episodeFolder", "Episodes"],
    ]);
    expect(mounted.every((m) => m.error === "")).toBe(true);
  });

  it.each(CASES)("%s: %j gives the same message and saves the same in both", async (name, typed, message, saved) => {
    const declared = await fresh();
    const before = { ...declared.l.plugin.settings };
    const control = (await mountDefinitions(declared.tab)).find((m) => m.name === name)!;
    await control.change(typed);
    expect(control.error.startsWith(message)).toBe(true);
    expect(message === "" ? control.error : "").toBe("");
    expect(declared.l.plugin.settings).toEqual({ ...before, ...saved });

    const drawn = await fresh();
    Setting.all = [];
    // What Obsidian before 1.13 calls to draw the tab.
    (drawn.tab as { display(): void }).display();
    const setting = Setting.all.find((s) => s.name === name)!;
    await (setting.controls[0] as ValueComponent<string | boolean>).simulate(typed);
    const shown = [...drawn.tab.containerEl.querySelectorAll(".rotation-lens-setting-error")].map((e) => e.textContent).filter(Boolean);
    expect(shown).toEqual(message === "" ? [] : [control.error]);
    expect(drawn.l.plugin.settings).toEqual({ ...before, ...saved });
  });

  it("shows a stored value that is no longer valid when the setting is mounted, as Obsidian runs validate on mount", async () => {
    const { l, tab } = await fresh();
    await l.app.vault.createFolder("Episodes.md");
    l.plugin.settings.indexNotePath = "Episodes.md";
    const control = (await mountDefinitions(tab)).find((m) => m.name === "Index note")!;
    expect(control.error).toBe("Episodes.md is a folder.");
  });
});
