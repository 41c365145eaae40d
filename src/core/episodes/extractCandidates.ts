/** Everything one note says about rotations: its candidates from the four kinds of source, enriched within the note. */
import type { NoteModel } from "../model/types";
import { enrichFromCaptions, enrichFromComparisonTables } from "./enrich";
import { fromEpisodeNote } from "./fromEpisodeNotes";
import { fromEpisodeTables } from "./fromEpisodeTables";
import { fromFlows } from "./fromFlows";
import type { Candidate } from "./types";

export function extractCandidates(note: NoteModel, text: string): Candidate[] {
  const candidates: Candidate[] = [];
  const fromProps = fromEpisodeNote(note, text);
  if (fromProps) candidates.push(fromProps);
  candidates.push(...fromEpisodeTables(note), ...fromFlows(note));
  if (candidates.length === 0) return candidates;
  enrichFromComparisonTables(note, candidates);
  enrichFromCaptions(note, candidates);
  return candidates;
}
