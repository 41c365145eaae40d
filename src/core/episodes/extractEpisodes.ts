/**
 * Everything one note says about rotations: candidates from episode tables, episode notes and flows, enriched by the
 * note's captions and comparison tables.
 */
import type { NoteModel, Problem } from "../model/types";
import { enrichFromCaptions, narrowBySections } from "./enrichFromCaptions";
import { enrichFromComparisonTables } from "./enrichFromComparisonTables";
import { fromEpisodeNote } from "./fromEpisodeNotes";
import { fromEpisodeTables } from "./fromEpisodeTables";
import { fromFlows } from "./fromFlows";
import type { Candidate, NoteExtraction } from "./types";
import { foldProse } from "./foldProse";
import { fromCaptions } from "./fromCaptions";
import { fromNames } from "./fromNames";
import { fromParallels } from "./fromParallels";
import { fromPieces, mayBePieces } from "./fromPieces";
import { fromProse } from "./fromProse";
import { mayHoldProse } from "./prose/proseLines";
import { ignoredLines, noteIgnored } from "./optOut";
import { generatedSpans } from "../parse/generatedRegion";
import { withoutGenerated, withoutLines } from "./withoutGenerated";
import { defaultTaxonomy, type Taxonomy } from "../taxonomy/taxonomy";

/** Takes the note's text too: properties point at their own lines, found in the text. Never throws. */
export function extractEpisodes(model: NoteModel, text: string, taxonomy: Taxonomy = defaultTaxonomy): NoteExtraction {
  try {
    return extract(model, text, taxonomy);
  } catch (err) {
    // A bug here must cost one note's episodes, not the whole index.
    return { candidates: [], problems: [{ line: 1, message: `Rotation Lens could not read episodes here: ${String(err)}` }] };
  }
}

function extract(model: NoteModel, text: string, taxonomy: Taxonomy): NoteExtraction {
  if (noteIgnored(model)) return { candidates: [], problems: [] };
  // Split only for the readers that need lines; most notes never reach them.
  let split: string[] | null = null;
  const lines = (): string[] => (split ??= text.split(/\r\n|\r|\n/));
  // Both the user's ignore marks and the index note's own region contain this: one scan tells whether to look.
  const marked = text.includes("rotation-lens");
  const ignored = marked ? ignoredLines(model, lines()) : new Set<number>();
  const spans = marked ? generatedSpans(text) : [];
  const note = withoutLines(withoutGenerated(model, text, spans), ignored);
  const hidden = (line: number): boolean => ignored.has(line) || spans.some(([a, b]) => line >= a && line <= b);
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  const fromProps = fromEpisodeNote(note, text, problems);
  if (fromProps) candidates.push(fromProps);
  for (const c of fromEpisodeTables(note, problems, taxonomy)) candidates.push(c);
  for (const c of fromFlows(note, text, problems)) candidates.push(c);
  const prose = mayHoldProse(note, text) ? fromProse(note, lines(), taxonomy, hidden) : [];
  const told = prose.length ? foldProse(candidates.concat(prose), taxonomy) : candidates.slice();
  candidates.length = 0;
  for (const c of told) candidates.push(c);
  for (const c of fromParallels(note, told, taxonomy)) candidates.push(c);
  if (candidates.length === 0) for (const c of fromCaptions(note, taxonomy)) candidates.push(c);
  if (candidates.length === 0) for (const c of fromNames(note, lines, taxonomy, hidden)) candidates.push(c);
  if (candidates.length === 0 && mayBePieces(note)) for (const c of fromPieces(note, lines(), taxonomy, hidden)) candidates.push(c);
  if (candidates.length > 0) {
    enrichFromComparisonTables(note, candidates);
    enrichFromCaptions(note, candidates);
    narrowBySections(note, candidates, lines);
  }
  return { candidates, problems: problems.sort((a, b) => a.line - b.line) };
}
