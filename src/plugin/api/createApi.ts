/** Builds the public API over the Lens: checks a caller's arguments, hands out copies, keeps a caller's errors its own. */
import { TFile } from "obsidian";
import { stringify } from "yaml";
import { evaluateClassify } from "../../core/classify/evaluateClassify";
import { filterEpisodes } from "../../core/episodes/filterEpisodes";
import type { Episode } from "../../core/episodes/types";
import { episodeMetrics } from "../../core/metrics/episodeMetrics";
import type { RotationInput } from "../../core/taxonomy/classifyRotation";
import { classifyRotation } from "../../core/taxonomy/classifyRotation";
import type { Lens } from "../lens";
import { vaultContext } from "../vaultContext";
import { VaultScope } from "../vaultScope";
import { checkQuery, checkRotationInput, describe, fail, isPlainObject, notePath } from "./checkArguments";
import { API_VERSION, type ApiChange, type EpisodeQuery, type RotationLensApi } from "./publicApi";

export function createApi(lens: Lens): RotationLensApi {
  /** A note the caller names must exist: a path that matches nothing is a mistake, not "no episodes". */
  const existingNote = (path: unknown): string => {
    const checked = notePath(path);
    const file = lens.app.vault.getAbstractFileByPath(checked);
    // The vault's own spelling of the path ("a//b.md" and "a\\b.md" name "a/b.md"), as episodes' sources write it.
    if (file instanceof TFile) return file.path;
    // Vault paths are case-sensitive here even where the disk is not: name the note the caller probably meant.
    const lower = checked.toLowerCase();
    const near = lens.app.vault.getMarkdownFiles().find((f) => f.path.toLowerCase() === lower);
    const hint = near ? `did you mean "${near.path}"?` : `give its path from the vault's root, such as "Research/Energy 2022.md".`;
    return fail(`no note "${checked}" in this vault; ${hint}`);
  };
  /** Episodes come only from the notes the settings read: asking for another note's is a mistake, not "none". */
  const sourceNote = (path: unknown): string => {
    const checked = existingNote(path);
    if (!new VaultScope(lens.settings).isSource(checked))
      fail(`"${checked}" is not read for episodes: it is the index note or lies in a folder the settings leave out.`);
    return checked;
  };
  const episodes = async (query?: EpisodeQuery): Promise<Episode[]> => {
    const checked = checkQuery(query);
    const note = checked.note === null ? null : sourceNote(checked.note);
    const kept = filterEpisodes(await lens.episodes(checked.asOf ?? lens.asOf()), checked.filter);
    return note === null ? kept : kept.filter((e) => e.sources.some((s) => s.path === note));
  };
  return Object.freeze({
    version: API_VERSION,
    asOf: () => lens.asOf(),
    episodes: async (query?: EpisodeQuery) => copy(await episodes(query)),
    metrics: async (query?: EpisodeQuery) => copy(episodeMetrics(await episodes(query), lens.taxonomy)),
    note: async (path: string) => {
      const file = lens.app.vault.getAbstractFileByPath(notePath(path));
      return file instanceof TFile ? copy(await lens.model(file)) : null;
    },
    classify: async (block: string | Record<string, unknown>, fromNote?: string) => {
      if (typeof block !== "string" && !isPlainObject(block))
        fail(`classify takes a block's YAML text or its keys as an object, not ${describe(block)}.`);
      const source = typeof block === "string" ? block : stringify(block);
      // Left out, null or "": links resolve from the vault's root.
      const from = fromNote === undefined || fromNote === null || fromNote === "" ? "" : existingNote(fromNote);
      return copy(await evaluateClassify(source, vaultContext(lens, from)));
    },
    rotationType: (input: RotationInput | string) => classifyRotation(checkRotationInput(input), lens.taxonomy),
    onChange: (listener: (change: ApiChange) => void) => {
      if (typeof listener !== "function") fail(`onChange takes a function, not ${describe(listener)}.`);
      return lens.onChange((change) => {
        // A caller's mistake stays the caller's: the index and the other views carry on.
        try {
          listener({ paths: [...change.paths], episodesChanged: change.episodesChanged });
        } catch (e) {
          console.error("Rotation Lens API: a change listener threw", e);
        }
      });
    },
  });
}

/**
 * A deep copy through JSON, so nothing a caller does to a result reaches the index. Not structuredClone: table rows
 * and cells read their text, links and figures through getters, which a structured clone drops and toJSON keeps.
 */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
