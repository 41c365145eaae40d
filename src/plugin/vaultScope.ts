/** Which notes are sources: the included folders, minus the excluded ones, never the index note itself. */
import { normalizePath } from "obsidian";
import type { RotationLensSettings } from "../core/settings/settings";

export class VaultScope {
  private readonly include: string[];
  private readonly exclude: string[];
  private readonly indexNote: string;

  constructor(settings: RotationLensSettings) {
    this.include = settings.includeFolders.map(folderPrefix);
    this.exclude = settings.excludeFolders.map(folderPrefix);
    // Normalised by the same function as the writer's: "/Historical rotations.md" is the note "Historical rotations.md".
    this.indexNote = normalizePath(settings.indexNotePath.trim());
  }

  isSource(path: string): boolean {
    if (!path.toLowerCase().endsWith(".md") || path === this.indexNote) return false;
    if (this.exclude.some((p) => path.startsWith(p))) return false;
    return this.include.length === 0 || this.include.some((p) => path.startsWith(p));
  }
}

function folderPrefix(folder: string): string {
  const trimmed = folder.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "" : `${trimmed}/`;
}
