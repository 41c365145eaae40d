/**
 * The public API, reached as `app.plugins.plugins["rotation-lens"].api` from other plugins, DataviewJS, Templater or
 * QuickAdd. Read-only: every result is a copy, so a caller can change what it got without touching the index.
 * `version` goes up by one whenever a member changes shape; new members may arrive without a new version.
 */
import type { Verdict } from "../../core/classify/verdict";
import type { Episode } from "../../core/episodes/types";
import type { EpisodeMetrics } from "../../core/metrics/episodeMetrics";
import type { NoteModel } from "../../core/model/types";
import type { Classification, RotationInput } from "../../core/taxonomy/classifyRotation";

export const API_VERSION = 1 as const;

/** Every member is optional; an empty query is every episode, aged to the plugin's as-of date. */
export interface EpisodeQuery {
  /** The date ongoing episodes are aged to, written YYYY-MM-DD (default: the plugin's as-of date). */
  asOf?: string;
  /** A rotation type such as "growth-to-value" (any case). */
  type?: string;
  /** Only episodes that end on or after this year, month or day: 2024, "2024-03", "2024-03-15" (ongoing ones always). */
  since?: string | number;
  /** true: only ongoing episodes; false: only ended ones. */
  ongoing?: boolean;
  /** Only episodes read from this note: its vault path, e.g. "Research/Energy 2022.md" (".md" may be left out). */
  note?: string;
}

/** Sent after the index changed: the notes whose models changed, and whether the episode list moved. */
export interface ApiChange {
  paths: string[];
  episodesChanged: boolean;
}

/** A classifier's verdict, or the message its block would show instead. */
export type ApiVerdict = { ok: true; verdict: Verdict } | { ok: false; title: string; detail: string; hint?: string };

export interface RotationLensApi {
  readonly version: typeof API_VERSION;
  /** The date ongoing episodes are aged to when a query gives none. */
  asOf(): string;
  /**
   * The vault's episodes, newest first, once the first scan has finished and with every edit made so far read in
   * (a note saved a moment ago counts). Rejects with a "Rotation Lens API:" message on a query it cannot read.
   */
  episodes(query?: EpisodeQuery): Promise<Episode[]>;
  /** Counts, durations by type, buy/sell leaderboards and ongoing episodes, over the episodes the query keeps. */
  metrics(query?: EpisodeQuery): Promise<EpisodeMetrics>;
  /**
   * The note model of a vault path (".md" may be left out): properties, tags, headings, tables with their figures…;
   * null when no such note.
   */
  note(path: string): Promise<NoteModel | null>;
  /**
   * Runs a classifier exactly as a `rotation-classify` block does: `block` is the block's YAML text or the same keys
   * as an object; links resolve from `fromNote` (a vault path; default the vault's root).
   */
  classify(block: string | Record<string, unknown>, fromNote?: string): Promise<ApiVerdict>;
  /** The rotation type of a rotation's text ("Growth → Value", as a string or `{ rotation }`) or of its sides, with the reason. */
  rotationType(input: RotationInput | string): Classification;
  /** Called after each change to the index; returns the function that stops it (call it when your view closes). */
  onChange(listener: (change: ApiChange) => void): () => void;
}
