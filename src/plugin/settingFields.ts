/**
 * Every setting once: its name, description, control, how it reads the settings and checks what was typed (both
 * settings tabs use these).
 */
import { folderList } from "../core/settings/sourceScope";
import { TFile, TFolder, type App } from "obsidian";
import { checkFolderPath } from "../core/settings/folderPath";
import { checkIndexPath } from "../core/settings/indexPath";
import { isIsoDay } from "../core/dates/isoDay";
import { validateTaxonomyYaml, type RotationLensSettings } from "../core/settings/settings";

/** What a typed value means: a reason to refuse it (shown beside the field), or the settings to save. */
export type Checked = { error: string } | { save: Partial<RotationLensSettings> };

export interface SettingField {
  key: string;
  name: string;
  desc?: string;
  /** A text field with a placeholder, a text area, or a toggle. */
  kind: "text" | "textarea" | "toggle";
  placeholder?: string;
  read(s: RotationLensSettings): string | boolean;
  check(v: string | boolean, app: App): Checked;
}

const text =
  (f: (v: string, app: App) => Checked) =>
  (v: string | boolean, app: App): Checked =>
    f(String(v), app);
const toggle =
  (key: "autoRefresh" | "chartAnimation") =>
  (v: string | boolean): Checked => ({ save: { [key]: v === true } });

/**
 * A path saved only once it names a place inside the vault, normalised, and not where the other kind of
 * item already is: no index note over a folder, no episode folder over a file.
 */
const vaultPath = (
  key: "indexNotePath" | "episodeFolder",
  checkPath: (v: string) => { ok: true; path: string } | { ok: false; error: string },
  clash: typeof TFile | typeof TFolder,
  clashName: string,
) =>
  text((v, app) => {
    const c = checkPath(v);
    if (!c.ok) return { error: c.error };
    return app.vault.getAbstractFileByPath(c.path) instanceof clash ? { error: `${c.path} is ${clashName}.` } : { save: { [key]: c.path } };
  });

export const SETTING_FIELDS: SettingField[] = [
  {
    key: "indexNotePath",
    name: "Index note",
    desc: "Path of the note that holds the generated list of rotations.",
    kind: "text",
    placeholder: "Historical rotations.md",
    read: (s) => s.indexNotePath,
    check: vaultPath("indexNotePath", checkIndexPath, TFolder, "a folder"),
  },
  {
    key: "includeFolders",
    name: "Folders to read",
    desc: "One folder per line. Leave empty to read the whole vault.",
    kind: "textarea",
    read: (s) => s.includeFolders.join("\n"),
    check: text((v) => ({ save: { includeFolders: splitLines(v) } })),
  },
  {
    key: "excludeFolders",
    name: "Folders to skip",
    desc: "One folder per line, for templates or archives.",
    kind: "textarea",
    read: (s) => s.excludeFolders.join("\n"),
    check: text((v) => ({ save: { excludeFolders: splitLines(v) } })),
  },
  {
    key: "autoRefresh",
    name: "Refresh automatically",
    desc: "Rewrite the index note when a research note changes.",
    kind: "toggle",
    read: (s) => s.autoRefresh,
    check: toggle("autoRefresh"),
  },
  {
    key: "refreshDelay",
    name: "Refresh delay",
    desc: "Seconds of quiet after the last edit before refreshing.",
    kind: "text",
    placeholder: "2",
    read: (s) => String(s.refreshDelayMs / 1000),
    check: text((v) => {
      const seconds = v.trim() === "" ? NaN : Number(v);
      return Number.isFinite(seconds) && seconds >= 0 && seconds <= 600
        ? { save: { refreshDelayMs: Math.round(seconds * 1000) } }
        : { error: "Use a number of seconds from 0 to 600." };
    }),
  },
  {
    key: "taxonomyYaml",
    name: "Taxonomy additions",
    desc: "Map a ticker or sector to a group in YAML, one per line: term, colon, group.",
    kind: "textarea",
    read: (s) => s.taxonomyYaml,
    check: text((v) => {
      const error = validateTaxonomyYaml(v);
      return error === null ? { save: { taxonomyYaml: v } } : { error };
    }),
  },
  {
    key: "asOfOverride",
    name: "As-of date",
    desc: "A date such as 2026-03-01 to pin the age of ongoing rotations. Leave blank for today.",
    kind: "text",
    placeholder: "2026-03-01",
    read: (s) => s.asOfOverride,
    check: text((v) =>
      v.trim() === "" || isIsoDay(v.trim())
        ? { save: { asOfOverride: v.trim() } }
        : { error: "Use a date such as 2026-03-01, or leave blank." },
    ),
  },
  { key: "chartAnimation", name: "Animate charts", kind: "toggle", read: (s) => s.chartAnimation, check: toggle("chartAnimation") },
  {
    key: "episodeFolder",
    name: "Episode notes folder",
    desc: 'Where "Create an episode note from this row" writes. Leave blank for the vault\'s root.',
    kind: "text",
    placeholder: "Episodes",
    read: (s) => s.episodeFolder,
    check: vaultPath("episodeFolder", checkFolderPath, TFile, "a file"),
  },
];

function splitLines(v: string): string[] {
  return folderList(v.split(/\r?\n/));
}
