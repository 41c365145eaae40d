/** The vault's episodes, kept current one note at a time: each change re-reads one note and re-merges only the rotations it touches. */
import { rotationKey } from "../episodes/candidate";
import { extractCandidates } from "../episodes/extractCandidates";
import { groupByPeriod } from "../episodes/mergeCandidates";
import { toEpisode } from "../episodes/toEpisode";
import type { Candidate, Episode } from "../episodes/types";
import type { NoteModel, Problem } from "../model/types";
import { defaultTaxonomy, type Taxonomy } from "../taxonomy/taxonomy";

export interface VaultIndexOptions {
  taxonomy?: Taxonomy;
}

export interface IndexUpdate {
  /** Whether the vault's episodes may read differently now. */
  changed: boolean;
  /** Rotation keys whose episodes were re-merged. */
  keys: string[];
}

interface NoteEntry {
  candidates: Candidate[];
  keys: Set<string>;
  /** Fingerprint of the candidates, so an edit that changes no episode costs no re-merge. */
  print: string;
  problems: Problem[];
}

export class VaultIndex {
  private readonly notes = new Map<string, NoteEntry>();
  /** Rotation key → paths of the notes with a candidate under it. */
  private readonly buckets = new Map<string, Set<string>>();
  private readonly merged = new Map<string, Candidate[][]>();
  private readonly dirty = new Set<string>();
  private cache: { asOf: string; episodes: Episode[] } | null = null;
  readonly taxonomy: Taxonomy;

  constructor(options: VaultIndexOptions = {}) {
    this.taxonomy = options.taxonomy ?? defaultTaxonomy;
  }

  get size(): number {
    return this.notes.size;
  }

  /** Add or re-read one note. */
  update(note: NoteModel, text: string): IndexUpdate {
    const candidates = extractCandidates(note, text);
    const print = candidates.length ? JSON.stringify(candidates) : "";
    const old = this.notes.get(note.path);
    const problems = note.problems;
    if (old && old.print === print) {
      old.problems = problems;
      return { changed: false, keys: [] };
    }
    const keys = new Set(candidates.map(rotationKey));
    this.detach(note.path, old);
    if (candidates.length || problems.length) this.notes.set(note.path, { candidates, keys, print, problems });
    for (const k of keys) this.bucket(k).add(note.path);
    const touched = new Set([...keys, ...(old?.keys ?? [])]);
    for (const k of touched) this.dirty.add(k);
    if (touched.size) this.cache = null;
    return { changed: touched.size > 0, keys: [...touched] };
  }

  remove(path: string): IndexUpdate {
    const old = this.notes.get(path);
    if (!old) return { changed: false, keys: [] };
    this.detach(path, old);
    this.notes.delete(path);
    for (const k of old.keys) this.dirty.add(k);
    if (old.keys.size) this.cache = null;
    return { changed: old.keys.size > 0, keys: [...old.keys] };
  }

  /** A renamed note keeps its candidates under its new path (sources must point to the new name). */
  rename(oldPath: string, note: NoteModel, text: string): IndexUpdate {
    const gone = this.remove(oldPath);
    const added = this.update(note, text);
    return { changed: gone.changed || added.changed, keys: [...new Set([...gone.keys, ...added.keys])] };
  }

  has(path: string): boolean {
    return this.notes.has(path);
  }

  /** Every episode, newest first, durations of ongoing ones aged to `asOf`. */
  episodes(asOf: string): Episode[] {
    if (this.cache && this.cache.asOf === asOf && this.dirty.size === 0) return this.cache.episodes;
    for (const key of this.dirty) this.remerge(key);
    this.dirty.clear();
    const episodes: Episode[] = [];
    for (const groups of this.merged.values()) for (const g of groups) episodes.push(toEpisode(g, asOf, this.taxonomy));
    episodes.sort(newestFirst);
    assignIds(episodes);
    this.cache = { asOf, episodes };
    return episodes;
  }

  /** Problems of every note, by path. */
  problems(): { path: string; line: number; message: string }[] {
    const out: { path: string; line: number; message: string }[] = [];
    for (const [path, e] of this.notes) for (const p of e.problems) out.push({ path, ...p });
    return out.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  }

  private remerge(key: string): void {
    const paths = this.buckets.get(key);
    if (!paths || paths.size === 0) {
      this.merged.delete(key);
      this.buckets.delete(key);
      return;
    }
    const all = [...paths].flatMap((p) => (this.notes.get(p)?.candidates ?? []).filter((c) => rotationKey(c) === key));
    this.merged.set(key, groupByPeriod(all));
  }

  private detach(path: string, entry: NoteEntry | undefined): void {
    if (!entry) return;
    for (const k of entry.keys) this.buckets.get(k)?.delete(path);
  }

  private bucket(key: string): Set<string> {
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = new Set()));
    return b;
  }
}

function newestFirst(a: Episode, b: Episode): number {
  const as = a.start ?? "";
  const bs = b.start ?? "";
  if (as !== bs) return as < bs ? 1 : -1;
  const ap = `${a.sources[0].path}:${String(a.sources[0].line).padStart(7, "0")}`;
  const bp = `${b.sources[0].path}:${String(b.sources[0].line).padStart(7, "0")}`;
  return ap < bp ? -1 : ap > bp ? 1 : 0;
}

/** Ids readable in links and stable across runs: "2022-growth-value", with a suffix only when two collide. */
function assignIds(episodes: Episode[]): void {
  const used = new Map<string, number>();
  for (const e of episodes) {
    const name = e.label.includes(": ") ? e.label.slice(e.label.indexOf(": ") + 2) : e.label;
    const base = `${(e.start ?? "undated").slice(0, 7)}-${slug(name)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    e.id = n === 1 ? base : `${base}-${n}`;
  }
}

function slug(s: string): string {
  return s.toLowerCase().replace(/\[\[|\]\]/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 30);
}
