/** The index note's path: normalised the way Obsidian normalises vault paths, and refused when it could not be a note in the vault. */

/**
 * Obsidian's `normalizePath`, without Obsidian: runs of `/` and `\` become one `/`, leading and trailing
 * slashes go, no-break spaces become spaces, the text is NFC; an empty path is the vault root `/`.
 */
export function normalizeVaultPath(path: string): string {
  let p = path.replace(/[\\/]+/g, "/").replace(/^\/|\/$/g, "");
  if (p === "") p = "/";
  return p.replace(/[\u00A0\u202F]/g, " ").normalize("NFC");
}

/** Characters Obsidian refuses in a file name, and control characters (a newline in a path is never meant). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN = /[*"<>:|?\u0000-\u001F\u007F]/;
const DRIVE = /^[A-Za-z]:/;

export type IndexPathCheck = { ok: true; path: string } | { ok: false; error: string };

/** The normalised path of the index note, or why it cannot be one. */
export function checkIndexPath(raw: unknown): IndexPathCheck {
  if (typeof raw !== "string") return { ok: false, error: "The index note path must be text." };
  const trimmed = raw.trim();
  if (DRIVE.test(trimmed)) return { ok: false, error: "Give a path inside the vault, not a drive path." };
  const path = normalizeVaultPath(trimmed);
  if (path === "/") return { ok: false, error: "Give a note path such as Historical rotations.md." };
  const parts = path.split("/");
  if (parts.some((s) => s.trim() === "." || s.trim() === "..")) return { ok: false, error: "The index note must stay inside the vault: no . or .. in its path." };
  if (parts.some((s) => s.startsWith("."))) return { ok: false, error: "The index note cannot be in a hidden folder or be a hidden file." };
  if (parts.some((s) => s.trim() === "")) return { ok: false, error: "A folder or file name in the path is blank." };
  const name = parts[parts.length - 1];
  if (FORBIDDEN.test(path)) return { ok: false, error: 'The path holds a character a note name cannot have (* " < > : | ? or a line break).' };
  if (!name.endsWith(".md") || name === ".md") return { ok: false, error: "The index note must be a note ending in .md." };
  return { ok: true, path };
}
