/** The vault's episodes, kept current one note at a time: a change re-reads one note and re-merges only the rotations it touches. */
import { orderEpisodes } from "../episodes/orderEpisodes";
import { extractEpisodes } from "../episodes/extractEpisodes";
import { AcrossMerger } from "../episodes/mergeAcross";
import { byPriority, periodGroups, regroup, type PeriodGroup } from "../episodes/mergeCandidates";
import { rotationKey } from "../episodes/rotationKey";
import type { Candidate, Episode, NoteExtraction } from "../episodes/types";
import type { NoteModel, Problem } from "../model/types";
import { parseNote } from "../parse/parseNote";
import { defaultTaxonomy, type Taxonomy } from "../taxonomy/taxonomy";
import { toEpisode } from "../episodes/toEpisode";

export interface EpisodeIndexOptions {
  taxonomy?: Taxonomy;
}

export interface IndexUpdate {
  /** Whether the vault's episodes may read differently now. */
  changed: boolean;
}

export interface VaultProblem extends Problem {
  path: string;
}

interface NoteEntry {
  candidates: Candidate[];
  /** Each candidate's rotation key, worked out once when the note is read. */
  candidateKeys: string[];
  keys: Set<string>;
  /**
   * Fingerprint of the candidates, so an edit that changes no episode costs no re-merge. Made when a
   * second version of the note arrives, not on the first read: a vault's first scan and a warm start
   * never need it.
   */
  print?: string;
  problems: Problem[];
}

/** One rotation key's period groups and, for the as-of date last asked, each group's episode. */
interface KeyState {
  groups: PeriodGroup[];
  asOf: string;
  episodes: Map<PeriodGroup, Episode>;
  /** The key's episodes in group order, until its groups or the as-of date change. */
  list: Episode[] | null;
}

/** What changed under a key since its groups were made: candidates that left, candidates that arrived. */
interface KeyChange {
  removed: Set<Candidate>;
  added: Set<Candidate>;
}

const fingerprint = (candidates: Candidate[]): string => (candidates.length ? JSON.stringify(candidates) : "");

const noChange = (): IndexUpdate => ({ changed: false });

export class EpisodeIndex {
  readonly taxonomy: Taxonomy;
  private readonly notes = new Map<string, NoteEntry>();
  /** Rotation key → paths of the notes with a candidate under it. */
  private readonly buckets = new Map<string, Set<string>>();
  private readonly byKey = new Map<string, KeyState>();
  /** Changes waiting for the next episode list, for keys whose groups exist; other keys are grouped afresh. */
  private readonly pending = new Map<string, KeyChange>();
  private readonly dirty = new Set<string>();
  private cache: { asOf: string; episodes: Episode[] } | null = null;
  /** The last episode list made, kept when changes clear `cache`: the order the next list starts from. */
  private sorted: { asOf: string; episodes: Episode[] } | null = null;

  /** One rotation across notes: which episodes tell the same one, kept between lists. */
  private readonly merger: AcrossMerger;

  constructor(options: EpisodeIndexOptions = {}) {
    this.taxonomy = options.taxonomy ?? defaultTaxonomy;
    this.merger = new AcrossMerger(this.taxonomy, byPriority);
  }

  /** Add or re-read one note, from its model and text or from its path and text. */
  update(note: NoteModel | string, text: string): IndexUpdate {
    const model = typeof note === "string" ? parseNote(note, text) : note;
    const { candidates, problems } = extractEpisodes(model, text, this.taxonomy);
    const allProblems = [...model.problems, ...problems].sort((a, b) => a.line - b.line);
    return this.restore(model.path, { candidates, problems: allProblems });
  }

  /**
   * Put back what an earlier run read from a note (see `extraction`), without reading the note:
   * the warm start of a vault whose notes have not changed since.
   */
  restore(path: string, extraction: NoteExtraction): IndexUpdate {
    const { candidates, problems } = extraction;
    const old = this.notes.get(path);
    const print = old && old.candidates.length === candidates.length ? fingerprint(candidates) : undefined;
    if (old && print !== undefined && (old.print ??= fingerprint(old.candidates)) === print) {
      old.problems = problems;
      return noChange();
    }
    const candidateKeys = candidates.map(rotationKey);
    const keys = new Set(candidateKeys);
    this.detach(path, old);
    if (candidates.length || problems.length) this.notes.set(path, { candidates, candidateKeys, keys, print, problems });
    else this.notes.delete(path);
    for (const k of keys) this.bucket(k).add(path);
    candidates.forEach((c, i) => this.changeOf(candidateKeys[i])?.added.add(c));
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

  /** Every episode, newest first, durations of ongoing ones aged to `asOf`. */
  episodes(asOf: string): Episode[] {
    if (this.cache && this.cache.asOf === asOf && this.dirty.size === 0) return this.cache.episodes;
    this.dirty.clear();
    const fresh = new Set<Episode>();
    for (const key of this.buckets.keys()) for (const e of this.episodesOf(key, asOf)) fresh.add(e);
    // The last list, less what went, then what is new: nearly sorted, which the sort takes in about one pass.
    const kept = this.sorted?.asOf === asOf ? this.sorted.episodes.filter((e) => fresh.delete(e)) : [];
    const episodes = orderEpisodes(this.merger.merge([...kept, ...fresh], asOf));
    this.cache = { asOf, episodes };
    this.sorted = { asOf, episodes };
    return episodes;
  }

  /** What could not be read, note by note: the parser's problems and the episode sources'. */
  problems(): VaultProblem[] {
    const out: VaultProblem[] = [];
    for (const [path, e] of this.notes) for (const p of e.problems) out.push({ path, ...p });
    return out.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  }

  private episodesOf(key: string, asOf: string): Episode[] {
    const state = this.groupsOf(key);
    if (state.asOf !== asOf) {
      state.asOf = asOf;
      state.episodes.clear();
      state.list = null;
    }
    if (state.list) return state.list;
    state.list = state.groups.map((g) => {
      let e = state.episodes.get(g);
      if (!e) state.episodes.set(g, (e = toEpisode(g.candidates, asOf, this.taxonomy)));
      return e;
    });
    return state.list;
  }

  /** A key's groups brought up to date: re-merging only the groups its changes touch when it can. */
  private groupsOf(key: string): KeyState {
    const state = this.byKey.get(key);
    const change = this.pending.get(key);
    this.pending.delete(key);
    if (state && !change) return state;
    const next = state && change ? regroup(state.groups, change.removed, [...change.added]) : null;
    if (state && next) {
      const episodes = new Map<PeriodGroup, Episode>();
      for (const g of next.kept) {
        const e = state.episodes.get(g);
        if (e) episodes.set(g, e);
      }
      Object.assign(state, { groups: [...next.kept, ...next.fresh], episodes, list: null });
      return state;
    }
    const fresh: KeyState = { groups: periodGroups(this.candidatesOf(key)), asOf: "", episodes: new Map(), list: null };
    this.byKey.set(key, fresh);
    return fresh;
  }

  private candidatesOf(key: string): Candidate[] {
    const paths = this.buckets.get(key) ?? new Set<string>();
    return [...paths].flatMap((p) => {
      const entry = this.notes.get(p);
      return entry ? entry.candidates.filter((_, i) => entry.candidateKeys[i] === key) : [];
    });
  }

  /**
   * Where to note a change under a key, or undefined when the key has no groups yet (it will be grouped
   * afresh, so a first scan of the vault records nothing here).
   */
  private changeOf(key: string): KeyChange | undefined {
    if (!this.byKey.has(key)) return undefined;
    let change = this.pending.get(key);
    if (!change) this.pending.set(key, (change = { removed: new Set(), added: new Set() }));
    return change;
  }

  /** Marks keys for re-merging. Kept free of work proportional to a key's size, so bulk loading stays linear. */
  private touched(keys: Set<string>): IndexUpdate {
    if (keys.size === 0) return noChange();
    for (const k of keys) this.dirty.add(k);
    this.cache = null;
    return { changed: true };
  }

  private detach(path: string, entry: NoteEntry | undefined): void {
    if (!entry) return;
    entry.candidates.forEach((c, i) => {
      const change = this.changeOf(entry.candidateKeys[i]);
      // A candidate that arrives and leaves between two lists was never grouped.
      if (change && !change.added.delete(c)) change.removed.add(c);
    });
    for (const k of entry.keys) {
      const b = this.buckets.get(k);
      b?.delete(path);
      if (b && b.size === 0) {
        this.buckets.delete(k);
        this.byKey.delete(k);
        this.pending.delete(k);
      }
    }
  }

  private bucket(key: string): Set<string> {
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = new Set()));
    return b;
  }
}
