/** Which notes are sources, one rule for the plugin and the CLI: the included folders, minus the excluded ones, never the index note. */
import { trimChars } from "../text/trimChars";
import { normalizeVaultPath } from "./indexPath";
import type { RotationLensSettings } from "./settings";

type ScopeSettings = Pick<RotationLensSettings, "includeFolders" | "excludeFolders" | "indexNotePath">;

/** `normalize` is how the host normalises the index note's path (the plugin passes Obsidian's own function). */
export function sourceFilter(settings: ScopeSettings, normalize: (path: string) => string = normalizeVaultPath): (path: string) => boolean {
  const include = settings.includeFolders.map(folderPrefix);
  const exclude = settings.excludeFolders.map(folderPrefix);
  const indexNote = normalize(settings.indexNotePath.trim());
  return (path) => {
    if (!path.toLowerCase().endsWith(".md") || path === indexNote) return false;
    if (exclude.some((p) => path.startsWith(p))) return false;
    return include.length === 0 || include.some((p) => path.startsWith(p));
  };
}

function folderPrefix(folder: string): string {
  const trimmed = trimChars(folder, "/");
  return trimmed === "" ? "" : `${trimmed}/`;
}
