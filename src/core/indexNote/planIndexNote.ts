/**
 * The one planner of the index note, used by the plugin and the CLI alike: from the note's current text
 * (or null when it does not exist yet) to what should be written. Only the generated region and the two
 * properties `episodes` and `updated` ever change; every other byte of the note is kept.
 */
import { findRegion, regionEdit } from "./region";
import { indexPropertyEdits, readEpisodesProperty } from "./indexProperties";
import { applyEdits, type TextEdit } from "./textEdits";
import { counted } from "../text/plural";

const INDEX_TITLE_INTRO = "Rotation Lens keeps the list below current from your research notes. Write anything you like above or below it.";

export interface IndexPlanInput {
  /** The region's markdown (renderIndexRegion). */
  region: string;
  episodes: number;
  /** The as-of date, written as `updated` when the region changes. */
  asOf: string;
  /** The note's title, for a note created from nothing. */
  title: string;
  /** Notes the scan could not read: with any, a plan that would lower the episode count is held back. */
  failedNotes?: number;
}

export type IndexPlan =
  /** `edits` against the current text give `text`; `problems` are things left alone (e.g. invalid YAML in the properties). */
  | { status: "write"; text: string; edits: TextEdit[]; created: boolean; problems: Problem[] }
  | { status: "unchanged"; text: string; problems: Problem[] }
  | { status: "refused"; reason: string; line: number };

export interface Problem {
  line: number;
  message: string;
}

export function planIndexNote(current: string | null, input: IndexPlanInput): IndexPlan {
  const base = current ?? newIndexNote(input.title);
  if (hasLoneCarriageReturn(base))
    return {
      status: "refused",
      reason:
        "The index note ends its lines with a lone carriage return (old Mac style); Rotation Lens does not rewrite it. Save it with LF or CRLF line ends.",
      line: 1,
    };
  const region = regionEdit(base, input.region);
  if (!region.ok) return { status: "refused", reason: region.reason, line: region.line };
  const regionChanged = region.edit !== null;
  const written = readEpisodesProperty(base);
  const countChanged = written !== input.episodes;
  if ((input.failedNotes ?? 0) > 0 && written !== null && written > input.episodes) {
    const n = input.failedNotes ?? 0;
    return {
      status: "refused",
      reason: `${counted(n, "note")} could not be read, so the index keeps its last ${written} episodes instead of ${input.episodes}; see the problems the check lists.`,
      line: 1,
    };
  }
  const problems: Problem[] = [];
  // Properties first: in an empty note both are inserted at offset 0, and the block must come first.
  const edits: TextEdit[] = [];
  if (regionChanged || countChanged) {
    const props = indexPropertyEdits(base, {
      episodes: input.episodes,
      updated: regionChanged || current === null ? input.asOf : undefined,
    });
    if (props.ok) for (const e of props.edits) edits.push(e);
    else problems.push({ line: props.line, message: props.reason });
  }
  if (region.edit) edits.push(region.edit);
  if (current !== null && edits.length === 0) return { status: "unchanged", text: current, problems };
  const text = applyEdits(base, edits);
  if (findRegion(text).kind !== "ok")
    return { status: "refused", reason: "Rotation Lens could not place its region safely; the note is unchanged.", line: 1 };
  if (current === null) return { status: "write", text, edits: [{ from: 0, to: 0, text }], created: true, problems };
  return { status: "write", text, edits, created: false, problems };
}

/** A CR not followed by LF: Obsidian breaks lines there, this planner's line reading would not. */
function hasLoneCarriageReturn(text: string): boolean {
  for (let at = text.indexOf("\r"); at !== -1; at = text.indexOf("\r", at + 1)) if (text.charCodeAt(at + 1) !== 10) return true;
  return false;
}

/** A fresh index note, for when none exists yet. */
function newIndexNote(title: string): string {
  return `# ${title}\n\n${INDEX_TITLE_INTRO}\n`;
}
