import { readFileSync } from "node:fs";
import path from "node:path";
import { indexFolder } from "../../helpers/loadVault";
import { FIXTURES } from "../../helpers/paths";
import { scoreEpisodes, type LabelledSet } from "../../helpers/scoreEpisodes";

/** Our own labelled notes, written apart from the shared corpus, scored with the same thresholds. */
const DIR = path.join(FIXTURES, "episode-set");

describe("the project's own labelled episode set", () => {
  const set = JSON.parse(readFileSync(path.join(DIR, "expected.json"), "utf8")) as LabelledSet;
  const { index } = indexFolder(path.join(DIR, "vault"));
  const score = scoreEpisodes(index.episodes(set.asOf), set);

  it("is read with recall ≥ 90%, precision ≥ 95% and fields ≥ 90%", () => {
    expect({ misses: score.misses, falsePositives: score.falsePositives, wrongFields: score.wrongFields }).toEqual({
      misses: [],
      falsePositives: [],
      wrongFields: [],
    });
    expect(score.recall).toBeGreaterThanOrEqual(90);
    expect(score.precision).toBeGreaterThanOrEqual(95);
    expect(score.fields).toBeGreaterThanOrEqual(90);
  });

  it("yields nothing from the notes that must yield nothing", () => {
    const episodes = index.episodes(set.asOf);
    for (const note of set.mustNotProduce)
      expect([note, episodes.filter((e) => e.sources.some((s) => s.path === note)).length]).toEqual([note, 0]);
  });
});
