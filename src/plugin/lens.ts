/**
 * What the plugin's views (blocks, commands, the settings tab, the Bases view, the public API) may ask of it: the
 * vault's episodes and note models, change events, the as-of date and the settings. Built once by main.ts and handed
 * to each view, so no view reaches into the plugin or the index behind it.
 */
import type { App, TFile } from "obsidian";
import type { Episode } from "../core/episodes/types";
import type { NoteModel } from "../core/model/types";
import type { RotationLensSettings } from "../core/settings/settings";
import type { Taxonomy } from "../core/taxonomy/taxonomy";
import type { RefreshOutcome } from "./indexNoteWriter";
import type { IndexChange, LiveIndex } from "./liveIndex";

export interface Lens {
  readonly app: App;
  /** The settings as they are now (a new object after each change). */
  readonly settings: Readonly<RotationLensSettings>;
  /** The taxonomy episodes are read with (built-in plus the settings' additions). */
  readonly taxonomy: Taxonomy;
  /** The date ongoing rotations are aged to. */
  asOf(): string;
  /** The vault's episodes aged to `asOf` (default asOf()), once the first scan and any scan in progress have finished. */
  episodes(asOf?: string): Promise<Episode[]>;
  /** The same without waiting; null while a scan runs (a view draws again on the change that ends it). */
  episodesNow(): Episode[] | null;
  /** false while a scan runs (the first one starts at layout-ready): episodes asked for now wait for it. */
  readonly ready: boolean;
  /** A note's model; a source note edited since the last flush is brought up to date first, and the change announced. */
  model(file: TFile): Promise<NoteModel | null>;
  /** Subscribe to changes; the returned function unsubscribes (pass it to Component.register). */
  onChange(listener: (change: IndexChange) => void): () => void;
  updateSettings(change: Partial<RotationLensSettings>): Promise<void>;
  refreshIndexNote(userAsked: boolean): Promise<RefreshOutcome>;
}

/** What only the plugin itself holds: its settings and the two actions that change things. */
export interface LensOwner {
  readonly app: App;
  readonly settings: RotationLensSettings;
  asOf(): string;
  updateSettings(change: Partial<RotationLensSettings>): Promise<void>;
  refreshIndexNote(userAsked: boolean): Promise<RefreshOutcome>;
}

export function createLens(owner: LensOwner, index: LiveIndex): Lens {
  return {
    app: owner.app,
    get settings() {
      return owner.settings;
    },
    get taxonomy() {
      return index.episodeIndex.taxonomy;
    },
    asOf: () => owner.asOf(),
    episodes: (asOf) => index.episodes(asOf ?? owner.asOf()),
    episodesNow: () => (index.ready ? index.episodeIndex.episodes(owner.asOf()) : null),
    get ready() {
      return index.ready;
    },
    model: (file) => index.model(file),
    onChange: (listener) => index.onChange(listener),
    updateSettings: (change) => owner.updateSettings(change),
    refreshIndexNote: (userAsked) => owner.refreshIndexNote(userAsked),
  };
}
