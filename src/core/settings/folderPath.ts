/** A folder setting (where promoted episode notes go): normalised as Obsidian normalises paths, refused when it leaves the vault or hides. */
import { normalizeVaultPath } from "./indexPath";

// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN = /[*"<>:|?\u0000-\u001F\u007F]/;

export type FolderCheck = { ok: true; path: string } | { ok: false; error: string };

/** "" is the vault's root. */
export function checkFolderPath(raw: unknown): FolderCheck {
  if (typeof raw !== "string") return { ok: false, error: "The folder must be text." };
  const trimmed = raw.trim();
  if (/^[A-Za-z]:/.test(trimmed)) return { ok: false, error: "Give a folder inside the vault, not a drive path." };
  const path = normalizeVaultPath(trimmed);
  if (path === "/") return { ok: true, path: "" };
  const parts = path.split("/");
  if (parts.some((s) => s.trim() === "." || s.trim() === "..")) return { ok: false, error: "The folder must stay inside the vault: no . or .. in its path." };
  if (parts.some((s) => s.startsWith("."))) return { ok: false, error: "The folder cannot be hidden (a name starting with a dot)." };
  if (parts.some((s) => s.trim() === "")) return { ok: false, error: "A folder name in the path is blank." };
  if (FORBIDDEN.test(path)) return { ok: false, error: 'The folder holds a character a name cannot have (* " < > : | ? or a line break).' };
  return { ok: true, path };
}
