/** The vault's episodes, kept current one note at a time: a change re-reads one note and re-merges only the rotations it touches. */
import { episodesOfKey, orderEpisodes } from "../episodes/assembleEpisodes";
import { extractEpisodes } from "../episodes/extractEpisodes";
import { rotationKey } from "../episodes/rotationKey";
import type { Candidate, Episode, NoteExtraction } from "../episodes/types";
import { episodeMetrics, type EpisodeMetrics } from "../metrics/episodeMetrics";
import type { NoteModel, Problem } from "../model/types";
import { parseNote } from "../parse/parseNote";
import { defaultTaxonomy, type Taxonomy } from "../taxonomy/taxonomy";
import { isExcluded, normalizeFolders } from "./excludedFolders";

export interface VaultIndexOptions {
  taxonomy?: Taxonomy;
  /** Folders whose notes are never sources ("Templates", "Archive/old"). */
  excludedFolders?: string[];
}

export interface IndexUpdate {
  /** Whether the vault's episodes may read differently now. */
  changed: boolean;
  /** Rotation keys whose episodes were re-merged. */
  keys: string[];
}

export interface VaultProblem extends Problem {
  path: string;
}

interface NoteEntry {
  candidates: Candidate[];
  /** Each candidate's rotation key, worked out once when the note is read. */
  candidateKeys: string[];
  keys: Set<string>;
  /** Fingerprint of the candidates, so an edit that changes no episode costs no re-merge. */
  print: string;
  problems: Problem[];
}

const noChange = (): IndexUpdate => ({ changed: false, keys: [] });

export class VaultIndex {
  readonly taxonomy: Taxonomy;
  readonly excludedFolders: string[];
  private regroupedCount = 0;
  private readonly notes = new Map<string, NoteEntry>();
  /** Rotation key → paths of the notes with a candidate under it. */
  private readonly buckets = new Map<string, Set<string>>();
  private readonly byKey = new Map<string, { asOf: string; episodes: Episode[] }>();
  private readonly dirty = new Set<string>();
  private cache: { asOf: string; episodes: Episode[]; metrics: EpisodeMetrics | null } | null = null;

  constructor(options: VaultIndexOptions = {}) {
    this.taxonomy = options.taxonomy ?? defaultTaxonomy;
    this.excludedFolders = normalizeFolders(options.excludedFolders ?? []);
  }

  /** Candidates regrouped since the index was made: the work changes cost, which tests hold independent of vault size. */
  get regrouped(): number {
    return this.regroupedCount;
  }

  get size(): number {
    return this.notes.size;
  }

  has(path: string): boolean {
    return this.notes.has(path);
  }

  isExcluded(path: string): boolean {
    return isExcluded(path, this.excludedFolders);
  }

  /** Add or re-read one note, from its model and text or from its path and text. */
  update(note: NoteModel | string, text: string): IndexUpdate {
    const model = typeof note === "string" ? parseNote(note, text) : note;
    if (this.isExcluded(model.path)) return this.remove(model.path);
    const { candidates, problems } = extractEpisodes(model, text);
    const allProblems = [...model.problems, ...problems].sort((a, b) => a.line - b.line);
    return this.restore(model.path, { candidates, problems: allProblems });
  }

  /**
   * Put back what an earlier run read from a note (see `extraction`), without reading the note:
   * the warm start of a vault whose notes have not changed since.
   */
  restore(path: string, extraction: NoteExtraction): IndexUpdate {
    if (this.isExcluded(path)) return this.remove(path);
    const { candidates, problems } = extraction;
    const print = candidates.length ? JSON.stringify(candidates) : "";
    const old = this.notes.get(path);
    if (old && old.print === print) {
      old.problems = problems;
      return noChange();
    }
    const candidateKeys = candidates.map(rotationKey);
    const keys = new Set(candidateKeys);
    this.detach(path, old);
    if (candidates.length || problems.length) this.notes.set(path, { candidates, candidateKeys, keys, print, problems });
    else this.notes.delete(path);
    for (const k of keys) this.bucket(k).add(path);
    return this.touched(new Set([...keys, ...(old?.keys ?? [])]));
  }

  /** What the index keeps of one note (its candidates and problems), for a cache to store; empty when it holds nothing. */
  extraction(path: string): NoteExtraction {
    const entry = this.notes.get(path);
    return entry ? { candidates: entry.candidates, problems: entry.problems } : { candidates: [], problems: [] };
  }

  remove(path: string): IndexUpdate {
    const old = this.notes.get(path);
    if (!old) return noChange();
    this.detach(path, old);
    this.notes.delete(path);
    return this.touched(old.keys);
  }

  /** A renamed note is read again under its new path: its sources, title and folder all changed. */
  rename(oldPath: string, note: NoteModel | string, text: string): IndexUpdate {
    const gone = this.remove(oldPath);
    const added = this.update(note, text);
    return {
      changed: gone.changed || added.changed,
      keys: [...new Set([...gone.keys, ...added.keys])],
    };
  }

  /** Every episode, newest first, durations of ongoing ones aged to `asOf`. */
  episodes(asOf: string): Episode[] {
    if (this.cache && this.cache.asOf === asOf && this.dirty.size === 0) return this.cache.episodes;
    for (const key of this.dirty) this.byKey.delete(key);
    this.dirty.clear();
    const all: Episode[] = [];
    for (const key of this.buckets.keys()) all.push(...this.episodesOf(key, asOf));
    const episodes = orderEpisodes(all);
    this.cache = { asOf, episodes, metrics: null };
    return episodes;
  }

  metrics(asOf: string): EpisodeMetrics {
    const episodes = this.episodes(asOf);
    if (this.cache && this.cache.episodes === episodes && this.cache.metrics) return this.cache.metrics;
    const metrics = episodeMetrics(episodes, this.taxonomy);
    if (this.cache) this.cache.metrics = metrics;
    return metrics;
  }

  /** What could not be read, note by note: the parser's problems and the episode sources'. */
  problems(): VaultProblem[] {
    const out: VaultProblem[] = [];
    for (const [path, e] of this.notes) for (const p of e.problems) out.push({ path, ...p });
    return out.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  }

  private episodesOf(key: string, asOf: string): Episode[] {
    const hit = this.byKey.get(key);
    if (hit && hit.asOf === asOf) return hit.episodes;
    const paths = this.buckets.get(key) ?? new Set<string>();
    const candidates = [...paths].flatMap((p) => {
      const entry = this.notes.get(p);
      return entry ? entry.candidates.filter((_, i) => entry.candidateKeys[i] === key) : [];
    });
    this.regroupedCount += candidates.length;
    const episodes = episodesOfKey(candidates, asOf, this.taxonomy);
    this.byKey.set(key, { asOf, episodes });
    return episodes;
  }

  /** Notes that hold a candidate of these rotations: the ones whose episodes may read differently after a change to them. */
  notesOf(keys: Iterable<string>): string[] {
    const paths = new Set<string>();
    for (const k of keys) for (const p of this.buckets.get(k) ?? []) paths.add(p);
    return [...paths];
  }

  /** Marks keys for re-merging. Kept free of work proportional to a key's size, so bulk loading stays linear. */
  private touched(keys: Set<string>): IndexUpdate {
    if (keys.size === 0) return noChange();
    for (const k of keys) this.dirty.add(k);
    this.cache = null;
    return { changed: true, keys: [...keys] };
  }

  private detach(path: string, entry: NoteEntry | undefined): void {
    if (!entry) return;
    for (const k of entry.keys) {
      const b = this.buckets.get(k);
      b?.delete(path);
      if (b && b.size === 0) this.buckets.delete(k);
    }
  }

  private bucket(key: string): Set<string> {
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = new Set()));
    return b;
  }
}
