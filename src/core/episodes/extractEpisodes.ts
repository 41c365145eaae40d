/** Everything one note says about rotations: candidates from episode tables, episode notes and flows, enriched by the note's captions and comparison tables. */
import type { NoteModel, Problem } from "../model/types";
import { enrichFromCaptions } from "./enrichFromCaptions";
import { enrichFromComparisonTables } from "./enrichFromComparisonTables";
import { fromEpisodeNote } from "./fromEpisodeNotes";
import { fromEpisodeTables } from "./fromEpisodeTables";
import { fromFlows } from "./fromFlows";
import type { Candidate, NoteExtraction } from "./types";
import { withoutGenerated } from "./withoutGenerated";

/** Takes the note's text too: properties point at their own lines, found in the text. Never throws. */
export function extractEpisodes(model: NoteModel, text: string): NoteExtraction {
  try {
    return extract(model, text);
  } catch (err) {
    // A bug here must cost one note's episodes, not the whole index.
    return { candidates: [], problems: [{ line: 1, message: `Rotation Lens could not read episodes here: ${String(err)}` }] };
  }
}

function extract(model: NoteModel, text: string): NoteExtraction {
  const note = withoutGenerated(model, text);
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  const fromProps = fromEpisodeNote(note, text, problems);
  if (fromProps) candidates.push(fromProps);
  for (const c of fromEpisodeTables(note, problems)) candidates.push(c);
  for (const c of fromFlows(note, text, problems)) candidates.push(c);
  if (candidates.length > 0) {
    enrichFromComparisonTables(note, candidates);
    enrichFromCaptions(note, candidates);
  }
  return { candidates, problems: problems.sort((a, b) => a.line - b.line) };
}
