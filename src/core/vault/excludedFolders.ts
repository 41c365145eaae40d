/** Whether a note lies in a folder the user keeps out of the index (templates, archives). */
import { trimChars } from "../text/trimChars";

/** "Templates/", "/Archive/old" → "Templates", "Archive/old"; blanks dropped. */
export function normalizeFolders(folders: string[]): string[] {
  return folders.map((f) => trimChars(f.trim().replace(/\\/g, "/"), "/")).filter((f) => f !== "");
}

export function isExcluded(path: string, folders: string[]): boolean {
  return folders.some((f) => path === f || path.startsWith(`${f}/`));
}
