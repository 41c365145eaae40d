/** What `check` adds about episodes: rotation-looking notes that yield none (with the reason), and merged episodes whose notes disagree. */
import path from "node:path";
import { extractEpisodes } from "../core/episodes/extractEpisodes";
import { isRotationNote } from "../core/episodes/fromCaptions";
import { explainNote } from "../core/explain/explainNote";
import type { NoteModel } from "../core/model/types";
import type { EpisodeIndex } from "../core/episodeIndex/EpisodeIndex";
import type { CliIO } from "./io";

/** "looks like a rotation note": tagged #rotation, or "rotation" in its title or an alias. */
export function reportSilentRotationNotes(dir: string, notes: { model: NoteModel; text: string }[], io: CliIO): number {
  let n = 0;
  for (const { model, text } of notes) {
    if (!isRotationNote(model) || extractEpisodes(model, text).candidates.length > 0) continue;
    const why = explainNote(model, text).find((l) => l.verdict === "skipped");
    io.out(
      `${path.join(dir, model.path)}:${why?.line ?? 1}: looks like a rotation note but yields no episode: ${why?.why ?? "nothing in it names two market groups with a date (a table with a period, a sentence, a title or alias, a caption)"}`,
    );
    n++;
  }
  return n;
}

export function reportConflicts(dir: string, index: EpisodeIndex, asOf: string, io: CliIO): number {
  let n = 0;
  for (const e of index.episodes(asOf)) {
    for (const c of e.conflicts ?? []) {
      const kept =
        c.field === "start"
          ? e.start
          : c.field === "type"
            ? e.type
            : (e.durationText ?? (e.durationMonths === null ? null : `${e.durationMonths} months`));
      io.out(
        `${path.join(dir, c.source.path)}:${c.source.line}: episode ${e.id} (${e.rotation}) keeps ${c.field} ${kept ?? "—"}; this note says ${c.value}`,
      );
      n++;
    }
  }
  return n;
}
