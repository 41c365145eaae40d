/**
 * The settings a CLI run uses: the vault's own data.json through core's normaliser (one rule with the plugin), then the
 * command line's overrides.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkIndexPath } from "../core/settings/indexPath";
import { folderList } from "../core/settings/sourceScope";
import { isIsoDay } from "../core/dates/isoDay";
import { effectiveAsOf, normalizeSettings, validateTaxonomyYaml, type RotationLensSettings } from "../core/settings/settings";
import type { ParsedArgs } from "./args";
import { UsageError, type CliIO } from "./io";

/** The flags every command that reads a vault accepts. */
export const SETTINGS_FLAGS = ["index-path", "include", "exclude", "taxonomy", "no-settings"];

/** Where Obsidian keeps the plugin's settings, relative to the vault. */
export const DATA_JSON = ".obsidian/plugins/rotation-lens/data.json";

/** The vault's settings with the flags applied, and the as-of date in force; says on stderr which settings file was used. */
export function cliSettings(vaultDir: string, args: ParsedArgs, io: CliIO): RotationLensSettings & { asOf: string } {
  // Flags are checked first, so a usage error is the only line on stderr.
  const flags = flagSettings(args);
  const asOf = flagAsOf(args);
  const stored = args.flags.has("no-settings") ? fromNothing(io) : fromVault(vaultDir, io);
  const settings = { ...stored, ...flags };
  return { ...settings, asOf: asOf ?? effectiveAsOf(settings, io.today) };
}

/** --as-of when given; a date that does not exist is a usage error of its own. */
function flagAsOf(args: ParsedArgs): string | null {
  const flag = args.flags.get("as-of");
  if (flag === undefined) return null;
  const text = String(flag);
  if (isIsoDay(text)) return text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new UsageError(`--as-of ${text}: that date does not exist`);
  throw new UsageError(`--as-of ${text}: use YYYY-MM-DD`);
}

function fromNothing(io: CliIO): RotationLensSettings {
  io.err("rotation-lens: settings: the defaults (--no-settings)");
  return normalizeSettings(null).settings;
}

function fromVault(vaultDir: string, io: CliIO): RotationLensSettings {
  const file = path.join(vaultDir, DATA_JSON);
  if (!existsSync(file)) {
    // A plain folder of notes has no settings to speak of; a vault without the plugin's settings is told the defaults apply.
    if (existsSync(path.join(vaultDir, ".obsidian"))) io.err(`rotation-lens: settings: the defaults (no ${file})`);
    return normalizeSettings(null).settings;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch (e) {
    io.err(
      `rotation-lens: ${file}: cannot be read as JSON (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); the defaults are used and the file is left as it is`,
    );
    return normalizeSettings(null).settings;
  }
  const { settings, problems } = normalizeSettings(raw);
  for (const p of problems) io.err(`rotation-lens: ${file}: ${p.replace("default restored", "the default is used")}`);
  io.err(`rotation-lens: settings: ${file}`);
  return settings;
}

function flagSettings(args: ParsedArgs): Partial<RotationLensSettings> {
  const settings: Partial<RotationLensSettings> = {};
  const indexPath = args.flags.get("index-path");
  if (indexPath !== undefined) {
    const checked = checkIndexPath(String(indexPath));
    if (!checked.ok) throw new UsageError(`--index-path ${String(indexPath)}: ${checked.error}`);
    settings.indexNotePath = checked.path;
  }
  // Given once or more, a folder flag replaces the settings' list; `--exclude ""` empties it.
  if (args.lists.has("include")) settings.includeFolders = folders(args, "include");
  if (args.lists.has("exclude")) settings.excludeFolders = folders(args, "exclude");
  const taxonomy = args.flags.get("taxonomy");
  if (taxonomy !== undefined) settings.taxonomyYaml = readTaxonomy(String(taxonomy));
  return settings;
}

function readTaxonomy(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = e && typeof e === "object" && "code" in e ? String(e.code) : String(e);
    throw new UsageError(`--taxonomy ${file}: cannot be read (${code})`);
  }
  const error = validateTaxonomyYaml(text);
  if (error !== null) throw new UsageError(`--taxonomy ${file}: ${error}`);
  return text;
}

function folders(args: ParsedArgs, name: string): string[] {
  return folderList(args.lists.get(name) ?? []);
}
