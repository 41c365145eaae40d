/**
 * A folder setting (where promoted episode notes go): normalised as Obsidian normalises paths, refused when it leaves
 * the vault or hides.
 */
import { normalizedOrDrive, vaultPathProblem } from "./indexPath";

export type FolderCheck = { ok: true; path: string } | { ok: false; error: string };

/** "" is the vault's root. */
export function checkFolderPath(raw: unknown): FolderCheck {
  const n = normalizedOrDrive(raw, "The folder");
  if ("drive" in n) return { ok: false, error: "Give a folder inside the vault, not a drive path." };
  if ("error" in n) return { ok: false, error: n.error };
  if (n.path === "/") return { ok: true, path: "" };
  const problem = vaultPathProblem(n.path, {
    outside: "The folder must stay inside the vault: no . or .. in its path.",
    hidden: "The folder cannot be hidden (a name starting with a dot).",
    blank: "A folder name in the path is blank.",
    chars: 'The folder holds a character a name cannot have (* " < > : | ? or a line break).',
  });
  return problem ? { ok: false, error: problem } : { ok: true, path: n.path };
}
