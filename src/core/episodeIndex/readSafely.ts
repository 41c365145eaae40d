/** Reads one note into the index inside its own try: a note that throws becomes a problem with its path, and the vault goes on. */
import type { NoteModel } from "../model/types";
import { parseNote } from "../parse/parseNote";
import type { EpisodeIndex } from "./EpisodeIndex";

/** A note the index could not read at all; its episodes are left out until it reads again. */
export interface NoteFailure {
  path: string;
  message: string;
}

/** Parse (unless a model is given) and index one note; null when it went in, else why it did not. */
export function updateSafely(index: EpisodeIndex, path: string, text: string, model?: NoteModel): NoteFailure | null {
  try {
    index.update(model ?? parseNote(path, text), text);
    return null;
  } catch (e) {
    return markFailed(index, path, e);
  }
}

/** Parse one note, or say why it could not be parsed. */
export function parseSafely(path: string, text: string): { model: NoteModel } | { failure: NoteFailure } {
  try {
    return { model: parseNote(path, text) };
  } catch (e) {
    return { failure: { path, message: failureMessage(e) } };
  }
}

/** Leave the note in the index as a problem only (no episodes), so `problems()` names it. */
export function markFailed(index: EpisodeIndex, path: string, error: unknown): NoteFailure {
  const message = `${failureMessage(error)}; its episodes are left out`;
  index.restore(path, { candidates: [], problems: [{ line: 1, message }] });
  return { path, message };
}

export function failureMessage(error: unknown): string {
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `could not be read (${raw.split("\n")[0].slice(0, 200)})`;
}
