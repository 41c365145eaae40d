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

/** What a vault path's parts must not be, in words that name what the path is for. */
export interface PathWords {
  outside: string;
  hidden: string;
  blank: string;
  chars: string;
}

/**
 * The first reason the normalised `path` cannot stand in the vault, or null: `.`/`..`, a hidden name, a blank name, a
 * forbidden character.
 */
export function vaultPathProblem(path: string, words: PathWords): string | null {
  const parts = path.split("/");
  if (parts.some((s) => s.trim() === "." || s.trim() === "..")) return words.outside;
  if (parts.some((s) => s.startsWith("."))) return words.hidden;
  if (parts.some((s) => s.trim() === "")) return words.blank;
  if (FORBIDDEN.test(path)) return words.chars;
  return null;
}

/** The shared first step of every vault path setting: text, not a drive path, then normalised. */
export function normalizedOrDrive(raw: unknown, noun: string): { path: string } | { error: string } | { drive: true } {
  if (typeof raw !== "string") return { error: `${noun} must be text.` };
  const trimmed = raw.trim();
  if (DRIVE.test(trimmed)) return { drive: true };
  return { path: normalizeVaultPath(trimmed) };
}

/** The normalised path of the index note, or why it cannot be one. */
export function checkIndexPath(raw: unknown): IndexPathCheck {
  const n = normalizedOrDrive(raw, "The index note path");
  if ("drive" in n) return { ok: false, error: "Give a path inside the vault, not a drive path." };
  if ("error" in n) return { ok: false, error: n.error };
  const path = n.path;
  if (path === "/") return { ok: false, error: "Give a note path such as Historical rotations.md." };
  const problem = vaultPathProblem(path, {
    outside: "The index note must stay inside the vault: no . or .. in its path.",
    hidden: "The index note cannot be in a hidden folder or be a hidden file.",
    blank: "A folder or file name in the path is blank.",
    chars: 'The path holds a character a note name cannot have (* " < > : | ? or a line break).',
  });
  if (problem) return { ok: false, error: problem };
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (!name.endsWith(".md") || name === ".md") return { ok: false, error: "The index note must be a note ending in .md." };
  return { ok: true, path };
}
