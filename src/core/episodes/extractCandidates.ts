/** Everything one note says about rotations: its candidates from the four kinds of source, enriched within the note. */
import type { NoteModel } from "../model/types";
import { findRegion } from "../indexNote/region";
import { enrichFromCaptions, enrichFromComparisonTables } from "./enrich";
import { fromEpisodeNote } from "./fromEpisodeNotes";
import { fromEpisodeTables } from "./fromEpisodeTables";
import { fromFlows } from "./fromFlows";
import type { Candidate } from "./types";

export function extractCandidates(model: NoteModel, text: string): Candidate[] {
  const note = withoutGeneratedRegion(model, text);
  const candidates: Candidate[] = [];
  const fromProps = fromEpisodeNote(note, text);
  if (fromProps) candidates.push(fromProps);
  candidates.push(...fromEpisodeTables(note), ...fromFlows(note));
  if (candidates.length === 0) return candidates;
  enrichFromComparisonTables(note, candidates);
  enrichFromCaptions(note, candidates);
  return candidates;
}

/**
 * The index note's generated table is itself an episode table; reading it back would count every
 * episode twice (for example after the index note is renamed in the settings). Its region is skipped.
 */
function withoutGeneratedRegion(note: NoteModel, text: string): NoteModel {
  if (!text.includes("%% rotation-lens:begin %%")) return note;
  const region = findRegion(text);
  if (region.kind !== "ok") return note;
  const first = lineAt(text, region.bodyStart);
  const last = lineAt(text, region.bodyEnd);
  const outside = (line: number): boolean => line < first || line > last;
  return { ...note, tables: note.tables.filter((t) => outside(t.line)), captions: note.captions.filter((c) => outside(c.line)) };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
