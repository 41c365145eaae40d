/** Rotation episodes: what was read from the notes (candidates) and what the vault agrees on (episodes), every field with its source. */
import type { Duration } from "../dates/durationToMonths";
import type { Problem } from "../model/types";
import type { RotationType } from "../taxonomy/classifyRotation";

/** Where a piece of an episode was read: note path, 1-based line, and the heading above it. */
export interface SourceRef {
  path: string;
  line: number;
  heading: string | null;
}

/** One side's move stated in a note: "XLE +55%". */
export interface Leg {
  ticker: string;
  /** Percent change; "held flat" is 0. */
  change: number;
  raw: string;
  source: SourceRef;
}

export type EpisodeField =
  "period" | "start" | "end" | "rotation" | "trigger" | "sellSide" | "buySide" | "duration" | "status" | "legs" | "divergence";

/** Which of the four kinds of source a candidate came from. */
export type SourceKind = "table" | "note" | "flow" | "prose" | "alias" | "caption";

/** What one place in one note says about one rotation, before the vault's places are merged. */
export interface Candidate {
  kind: SourceKind;
  source: SourceRef;
  period: string | null;
  start: string | null;
  end: string | null;
  rotation: string | null;
  from: string;
  to: string;
  trigger: string | null;
  sellSide: string[];
  buySide: string[];
  duration: Duration | null;
  durationText: string | null;
  /** true or false when the note says so (status, "Ongoing"); null when it is silent. */
  ongoing: boolean | null;
  legs: Leg[];
  divergencePp: number | null;
  divergenceSource: "stated" | "computed" | null;
  /** A name the note gives the rotation (a flow note's title, a section's heading), for its label. */
  name: string | null;
  /** Text that names the episode for enrichment: the comparison table's "Expression" ("XLE vs IGV"). */
  expression: string | null;
  links: string[];
  fieldSources: Partial<Record<EpisodeField, SourceRef>>;
  /** Only one side is known ("a rotation into utilities"): it joins a rotation found elsewhere and is never an episode alone. */
  partial?: boolean;
}

/** What one note yields: its candidates, and what it says that could not be read (unreadable dates, durations…). */
export interface NoteExtraction {
  candidates: Candidate[];
  problems: Problem[];
}

/** One rotation as the vault agrees on it; every field read from a note keeps its line in `fieldSources`. */
export interface Episode {
  /** Stable across runs: the start month and the rotation ("2022-01-growth-value"), suffixed only on a collision. */
  id: string;
  label: string;
  period: string | null;
  start: string | null;
  end: string | null;
  ongoing: boolean;
  durationMonths: number | null;
  durationBound: Duration["bound"] | null;
  durationText: string | null;
  rotation: string;
  from: string;
  to: string;
  type: RotationType;
  typeReason: string;
  trigger: string | null;
  sellSide: string[];
  buySide: string[];
  legs: Leg[];
  divergencePp: number | null;
  divergenceSource: "stated" | "computed" | null;
  links: string[];
  sources: SourceRef[];
  fieldSources: Partial<Record<EpisodeField, SourceRef>>;
  /** What merged notes said differently (another start, another type), with where they said it. */
  conflicts?: Conflict[];
  /** How it was found: "table", "properties", "flow table", "prose", "alias", "caption", and "merged" when several notes tell it. */
  foundBy?: string[];
}

export interface Conflict {
  field: "start" | "type" | "duration";
  value: string;
  source: SourceRef;
}
