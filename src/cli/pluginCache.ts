/** The plugin's note cache (cache.json), read-only for a warm CLI run: used only when it is from this version and a note is unchanged. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import manifest from "../../manifest.json";
import type { NoteExtraction } from "../core/episodes/types";
import { isCachedNote } from "../core/episodeIndex/cacheShape";
import type { CliIO } from "./io";
import type { DiskNote } from "./readVault";

const CACHE_JSON = ".obsidian/plugins/rotation-lens/cache.json";

/** Looks up a note's stored extraction; null when there is none or the note changed since (size or modification time). */
export type CacheLookup = (note: DiskNote) => NoteExtraction | null;

/** The cache of the vault's plugin, or null (said on stderr) when it is missing, damaged or from another version. */
export function readPluginCache(vaultDir: string, io: CliIO, taxonomyYaml = ""): CacheLookup | null {
  const file = path.join(vaultDir, CACHE_JSON);
  if (!existsSync(file)) {
    io.err(`rotation-lens: --cache: no ${file}; every note is read`);
    return null;
  }
  let data: { version?: unknown; taxonomy?: unknown; notes?: unknown };
  try {
    data = JSON.parse(readFileSync(file, "utf8")) as typeof data;
  } catch {
    io.err(`rotation-lens: --cache: ${file} cannot be read as JSON; every note is read`);
    return null;
  }
  if (data.version !== manifest.version || !data.notes || typeof data.notes !== "object") {
    io.err(`rotation-lens: --cache: ${file} is from version ${String(data.version)}, not ${manifest.version}; every note is read`);
    return null;
  }
  if ((data.taxonomy ?? "") !== taxonomyYaml) {
    io.err(`rotation-lens: --cache: ${file} was read with other taxonomy additions; every note is read`);
    return null;
  }
  const notes = data.notes as Record<string, unknown>;
  io.err(`rotation-lens: --cache: using ${file} read-only`);
  return (note) => {
    const hit = Object.prototype.hasOwnProperty.call(notes, note.path) ? notes[note.path] : undefined;
    if (!isCachedNote(hit) || hit.size !== note.size || note.mtime === undefined) return null;
    // Obsidian stamps whole milliseconds (rounded or cut); the file system gives fractions.
    return Math.abs(hit.mtime - note.mtime) < 1 ? hit.extraction : null;
  };
}
