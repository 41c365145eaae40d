/** Reads a vault folder into the core index, each note in its own try, with a progress bar on a terminal for large vaults. */
import { EpisodeIndex } from "../core/episodeIndex/EpisodeIndex";
import { updateSafely } from "../core/episodeIndex/readSafely";
import type { Taxonomy } from "../core/taxonomy/taxonomy";
import type { CliIO } from "./io";
import type { CacheLookup } from "./pluginCache";
import { readVault, type DiskNote, type ReadProblem } from "./readVault";

const PROGRESS_FROM = 500;

/** The index of the vault's sources; `readProblems` holds notes not read from disk and notes that threw while being read. */
export function loadEpisodeIndex(
  dir: string,
  io: CliIO,
  isSource: (path: string) => boolean = () => true,
  taxonomy?: Taxonomy,
  cache?: CacheLookup | null,
): { index: EpisodeIndex; notes: DiskNote[]; readProblems: ReadProblem[]; failedNotes: number } {
  const { notes, problems } = readVault(dir);
  const index = new EpisodeIndex({ taxonomy });
  const sources = notes.filter((n) => isSource(n.path));
  const showProgress = io.errIsTTY && sources.length >= PROGRESS_FROM;
  let failedNotes = 0;
  let restoredCount = 0;
  sources.forEach((n, i) => {
    if (showProgress && (i % 200 === 0 || i === sources.length - 1)) io.err(progressBar(i + 1, sources.length));
    if (cache && restored(index, n, cache)) {
      restoredCount++;
      return;
    }
    const failure = updateSafely(index, n.path, n.text);
    if (failure) {
      problems.push(failure);
      failedNotes++;
    }
  });
  if (showProgress) io.err("\n");
  if (cache) io.err(`rotation-lens: --cache: ${restoredCount} of ${sources.length} notes restored from the cache, the rest read`);
  // Notes that threw, as the plugin counts them: while any did, the index note never loses episodes.
  return { index, notes, readProblems: problems, failedNotes };
}

/** `rotation-lens: reading notes [#####-----] 500/1000`, redrawn in place with a carriage return. */
function progressBar(done: number, total: number): string {
  const filled = Math.round((20 * done) / total);
  return `\rrotation-lens: reading notes [${"#".repeat(filled)}${"-".repeat(20 - filled)}] ${done}/${total}`;
}

/** Restore an unchanged note from the plugin's cache; false (the note is then read) when there is no entry or it does not restore. */
function restored(index: EpisodeIndex, note: DiskNote, cache: CacheLookup): boolean {
  const extraction = cache(note);
  if (extraction === null) return false;
  try {
    index.restore(note.path, extraction);
    return true;
  } catch {
    return false;
  }
}
