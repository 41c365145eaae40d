/** The vault's episodes from many notes' candidates all at once: the reference answer the episode index must give note by note. */
import { AcrossMerger } from "../../src/core/episodes/mergeAcross";
import { byPriority, periodGroups } from "../../src/core/episodes/mergeCandidates";
import { orderEpisodes } from "../../src/core/episodes/orderEpisodes";
import { rotationKey } from "../../src/core/episodes/rotationKey";
import { toEpisode } from "../../src/core/episodes/toEpisode";
import type { Candidate, Episode } from "../../src/core/episodes/types";
import { defaultTaxonomy, type Taxonomy } from "../../src/core/taxonomy/taxonomy";

/** Bucket by rotation key, merge overlapping periods, merge across notes, order newest first with ids. */
export function assembleEpisodes(candidates: Candidate[], asOf: string, taxonomy: Taxonomy = defaultTaxonomy): Episode[] {
  const buckets = new Map<string, Candidate[]>();
  for (const c of candidates) buckets.set(rotationKey(c), [...(buckets.get(rotationKey(c)) ?? []), c]);
  const perKey = [...buckets.values()].flatMap((b) => periodGroups(b).map((g) => toEpisode(g.candidates, asOf, taxonomy)));
  return orderEpisodes(new AcrossMerger(taxonomy, byPriority).merge(perKey, asOf));
}
