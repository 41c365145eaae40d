/** Builds the public API over the Lens: checks a caller's arguments, hands out copies, keeps a caller's errors its own. */
import { TFile } from "obsidian";
import { stringify } from "yaml";
import { evaluateClassify } from "../../core/classify/evaluateClassify";
import { filterEpisodes } from "../../core/episodes/filterEpisodes";
import type { Episode } from "../../core/episodes/types";
import { episodeMetrics } from "../../core/metrics/episodeMetrics";
import { isIsoDay } from "../../core/dates/isoDay";
import { classifyRotation } from "../../core/taxonomy/classifyRotation";
import { vaultContext } from "../vaultContext";
import type { Lens } from "../lens";
import { API_VERSION, type EpisodeQuery, type RotationLensApi } from "./publicApi";

export function createApi(lens: Lens): RotationLensApi {
  const episodes = async (query: EpisodeQuery = {}): Promise<Episode[]> => {
    const asOf = query.asOf ?? lens.asOf();
    if (!isIsoDay(asOf)) throw new Error(`Rotation Lens API: asOf must be a date written YYYY-MM-DD, not "${asOf}".`);
    const filter = { type: query.type ?? null, since: query.since ?? null, ongoing: query.ongoing ?? null };
    const kept = filterEpisodes(await lens.episodes(asOf), filter);
    return query.note === undefined ? kept : kept.filter((e) => e.sources.some((s) => s.path === query.note));
  };
  return Object.freeze({
    version: API_VERSION,
    asOf: () => lens.asOf(),
    episodes: async (query?: EpisodeQuery) => copy(await episodes(query)),
    metrics: async (query?: EpisodeQuery) => copy(episodeMetrics(await episodes(query), lens.taxonomy)),
    note: async (path: string) => {
      const file = lens.app.vault.getAbstractFileByPath(path);
      return file instanceof TFile && file.extension === "md" ? copy(await lens.model(file)) : null;
    },
    classify: async (block: string | Record<string, unknown>, fromNote = "") => {
      const source = typeof block === "string" ? block : stringify(block);
      return copy(await evaluateClassify(source, vaultContext(lens, fromNote)));
    },
    rotationType: (input: Parameters<RotationLensApi["rotationType"]>[0]) => classifyRotation(input, lens.taxonomy),
    onChange: (listener: Parameters<RotationLensApi["onChange"]>[0]) =>
      lens.onChange((change) => {
        // A caller's mistake stays the caller's: the index and the other views carry on.
        try {
          listener({ paths: [...change.paths], episodesChanged: change.episodesChanged });
        } catch (e) {
          console.error("Rotation Lens API: a change listener threw", e);
        }
      }),
  });
}

/** A deep copy, so nothing a caller does to a result reaches the index. */
function copy<T>(value: T): T {
  return typeof structuredClone === "function" ? structuredClone(value) : (JSON.parse(JSON.stringify(value)) as T);
}
