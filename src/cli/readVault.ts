/** Reads the markdown notes of a folder from disk for the CLI, reporting what it cannot read instead of failing. */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";

export interface DiskNote {
  /** Path relative to the vault folder, with forward slashes (as Obsidian names files). */
  path: string;
  text: string;
  /** Size in bytes and modification time in ms, as Obsidian stamps its cache entries. */
  size?: number;
  mtime?: number;
}

export interface ReadProblem {
  path: string;
  message: string;
}

/** Folders that hold no notes of the user's: Obsidian's config, trash, and tool folders. */
const SKIP_DIRS = new Set([".obsidian", ".trash", ".git", "node_modules"]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decode UTF-8 strictly, so a file in another encoding is reported rather than silently garbled. */
function decodeNote(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export function readNoteFile(absPath: string, shownPath: string): { note?: DiskNote; problem?: ReadProblem } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absPath);
  } catch (e) {
    return { problem: { path: shownPath, message: `cannot read: ${errorCode(e)}` } };
  }
  const text = decodeNote(bytes);
  if (text === null) return { problem: { path: shownPath, message: "not UTF-8 text; skipped" } };
  return { note: { path: shownPath, text, size: bytes.length, mtime: mtimeOf(absPath) } };
}

/** Every .md note below `root`, sorted by path; symlinked folders are followed once (loops are cut). */
export function readVault(root: string): { notes: DiskNote[]; problems: ReadProblem[] } {
  const notes: DiskNote[] = [];
  const problems: ReadProblem[] = [];
  const seen = new Set<string>();
  const walk = (abs: string, rel: string): void => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch (e) {
      problems.push({ path: rel || ".", message: `cannot open: ${errorCode(e)}` });
      return;
    }
    if (seen.has(real)) {
      problems.push({ path: rel, message: "folder link loops back to a folder already read; skipped" });
      return;
    }
    seen.add(real);
    let entries: string[];
    try {
      entries = readdirSync(abs).sort();
    } catch (e) {
      problems.push({ path: rel || ".", message: `cannot list folder: ${errorCode(e)}` });
      return;
    }
    for (const name of entries) {
      const childAbs = path.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      const kind = entryKind(childAbs);
      if (kind === "broken") problems.push({ path: childRel, message: "broken link; skipped" });
      else if (kind === "other" && name.toLowerCase().endsWith(".md"))
        problems.push({ path: childRel, message: "not a regular file (a pipe, socket or device); skipped" });
      else if (kind === "dir" && !SKIP_DIRS.has(name)) walk(childAbs, childRel);
      else if (kind === "file" && name.toLowerCase().endsWith(".md")) {
        const { note, problem } = readNoteFile(childAbs, childRel);
        if (note) notes.push(note);
        if (problem) problems.push(problem);
      }
    }
  };
  walk(root, "");
  notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { notes, problems };
}

function entryKind(abs: string): "dir" | "file" | "broken" | "other" {
  try {
    const st = statSync(abs);
    return st.isDirectory() ? "dir" : st.isFile() ? "file" : "other";
  } catch {
    try {
      return lstatSync(abs).isSymbolicLink() ? "broken" : "other";
    } catch {
      return "other";
    }
  }
}

function errorCode(e: unknown): string {
  if (e && typeof e === "object" && "code" in e) return String(e.code);
  return e instanceof Error ? e.message : String(e);
}

function mtimeOf(absPath: string): number | undefined {
  try {
    return statSync(absPath).mtimeMs;
  } catch {
    return undefined;
  }
}
