/** Which episodes a query keeps: one rule for the episode charts' `filter:` and the public API. */
import type { Episode } from "./types";

export interface EpisodeFilter {
  /** A rotation type (any case); null keeps every type. */
  type: string | null;
  /** Keeps episodes that end on or after this date (ongoing ones always); null keeps all. */
  since: string | null;
  /** true keeps only ongoing episodes, false only ended ones, null both. */
  ongoing: boolean | null;
}

export function filterEpisodes(episodes: Episode[], filter: EpisodeFilter): Episode[] {
  const { type, since, ongoing } = filter;
  return episodes.filter(
    (e) =>
      (type === null || e.type === type.toLowerCase()) &&
      (since === null || (e.end ?? "9999") >= since) &&
      (ongoing === null || e.ongoing === ongoing),
  );
}
