/** Which notes are sources, one rule for the plugin and the CLI: the included folders, minus the excluded ones, never the index note. */
import { trimChars } from "../text/trimChars";
import { normalizeVaultPath } from "./indexPath";
import type { RotationLensSettings } from "./settings";

type ScopeSettings = Pick<RotationLensSettings, "includeFolders" | "excludeFolders" | "indexNotePath">;

/** `normalize` is how the host normalises the index note's path (the plugin passes Obsidian's own function). */
export function sourceFilter(settings: ScopeSettings, normalize: (path: string) => string = normalizeVaultPath): (path: string) => boolean {
  const included = inAnyFolder(settings.includeFolders);
  const excluded = inAnyFolder(settings.excludeFolders);
  const indexNote = normalize(settings.indexNotePath.trim());
  return (path) => {
    if (!path.toLowerCase().endsWith(".md") || path === indexNote || excluded(path)) return false;
    return settings.includeFolders.length === 0 || included(path);
  };
}

/**
 * Whether a path lies in one of the folders, at any depth: "Notes" holds "Notes/a.md", not "Notes old/a.md"; "" (the
 * vault) holds every path.
 */
export function inAnyFolder(folders: string[]): (path: string) => boolean {
  const prefixes = folders.map(folderPrefix);
  return (path) => prefixes.some((p) => path.startsWith(p));
}

/** Folders as a user types them, one per line or per flag: " /Archive/ " → "Archive"; blank entries dropped. */
export function folderList(entries: string[]): string[] {
  return entries.map(folderName).filter((f) => f !== "");
}

function folderName(folder: string): string {
  return trimChars(folder.trim(), "/");
}

function folderPrefix(folder: string): string {
  const trimmed = folderName(folder);
  return trimmed === "" ? "" : `${trimmed}/`;
}
