/** The plugin's settings: their shape, defaults, and the repair of whatever data.json holds. */
import { parse as parseYaml } from "yaml";
import { isIsoDay } from "../dates/isoDay";
import { checkFolderPath } from "./folderPath";
import { checkIndexPath } from "./indexPath";

export interface RotationLensSettings {
  /** Vault path of the generated index note. */
  indexNotePath: string;
  /** Folders to read; empty means the whole vault. */
  includeFolders: string[];
  /** Folders never read (templates, archives). */
  excludeFolders: string[];
  autoRefresh: boolean;
  /** Quiet time after the last edit before the index note is refreshed. */
  refreshDelayMs: number;
  /** YAML mapping of ticker or sector → group(s), added to the built-in taxonomy. */
  taxonomyYaml: string;
  /** YYYY-MM-DD to pin "today" (for reproducible notes); blank means the real date. */
  asOfOverride: string;
  chartAnimation: boolean;
  /** Folder for episode notes made from a table row ("" is the vault's root). */
  episodeFolder: string;
}

export const DEFAULT_SETTINGS: Readonly<RotationLensSettings> = Object.freeze({
  indexNotePath: "Historical rotations.md",
  includeFolders: [],
  excludeFolders: [],
  autoRefresh: true,
  refreshDelayMs: 2000,
  taxonomyYaml: "",
  asOfOverride: "",
  chartAnimation: true,
  episodeFolder: "Episodes",
});

export interface SettingsResult {
  settings: RotationLensSettings;
  /** What was wrong with the stored data and has been replaced by a default. */
  problems: string[];
  /** Keys this version does not know (from a newer one): kept as they were, and saved back with the settings. */
  unknown: Record<string, unknown>;
}

/** Turn whatever was stored into valid settings: missing keys take defaults, wrong ones are reported. */
export function normalizeSettings(raw: unknown): SettingsResult {
  const problems: string[] = [];
  const base: RotationLensSettings = { ...DEFAULT_SETTINGS, includeFolders: [], excludeFolders: [] };
  const unknown: Record<string, unknown> = {};
  if (raw === null || raw === undefined) return { settings: base, problems, unknown };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { settings: base, problems: ["Stored settings were not an object; defaults restored."], unknown };
  }
  const data = raw as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    // defineProperty, so a key named __proto__ is kept as a key rather than read as a prototype.
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, key))
      Object.defineProperty(unknown, key, { value: data[key], enumerable: true, writable: true, configurable: true });
  }
  const take = <K extends keyof RotationLensSettings>(key: K, ok: (v: unknown) => boolean): void => {
    if (!(key in data)) return;
    if (ok(data[key])) base[key] = data[key] as RotationLensSettings[K];
    else problems.push(`Setting "${key}" was invalid; default restored.`);
  };
  take("indexNotePath", (v) => checkIndexPath(v).ok);
  // One normalised form everywhere: the scope that skips the index note and the writer compare the same text.
  const indexPath = checkIndexPath(base.indexNotePath);
  if (indexPath.ok) base.indexNotePath = indexPath.path;
  take("includeFolders", isStringList);
  take("excludeFolders", isStringList);
  take("autoRefresh", (v) => typeof v === "boolean");
  take("refreshDelayMs", (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 600000);
  take("taxonomyYaml", (v) => typeof v === "string" && validateTaxonomyYaml(v) === null);
  take("asOfOverride", (v) => typeof v === "string" && (v === "" || isIsoDay(v)));
  take("chartAnimation", (v) => typeof v === "boolean");
  take("episodeFolder", (v) => checkFolderPath(v).ok);
  const folder = checkFolderPath(base.episodeFolder);
  if (folder.ok) base.episodeFolder = folder.path;
  base.includeFolders = [...base.includeFolders];
  base.excludeFolders = [...base.excludeFolders];
  return { settings: base, problems, unknown };
}

function isStringList(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

/** Parse the taxonomy additions: `term: group` or `term: [group, group]`. */
export function parseTaxonomyYaml(text: string): { additions: Record<string, string[]>; error: string | null } {
  if (text.trim() === "") return { additions: {}, error: null };
  let doc: unknown;
  try {
    doc = parseYaml(text, { schema: "core" });
  } catch (e) {
    return { additions: {}, error: `Taxonomy YAML: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    return { additions: {}, error: "Taxonomy YAML must be a mapping like `ARKK: growth`." };
  }
  const additions: Record<string, string[]> = {};
  for (const [term, groups] of Object.entries(doc as Record<string, unknown>)) {
    const list = Array.isArray(groups) ? groups : [groups];
    if (!list.every((g) => typeof g === "string" && g.trim() !== "")) {
      return { additions: {}, error: `Taxonomy YAML: "${term}" must map to a group name or a list of group names.` };
    }
    additions[term] = (list as string[]).map((g) => g.trim());
  }
  return { additions, error: null };
}

/** null when the text is a valid taxonomy; otherwise the message to show beside the field. */
export function validateTaxonomyYaml(text: string): string | null {
  return parseTaxonomyYaml(text).error;
}

/** The as-of date in force: the override when set, else the caller's today. */
export function effectiveAsOf(settings: RotationLensSettings, today: string): string {
  return settings.asOfOverride !== "" ? settings.asOfOverride : today;
}
