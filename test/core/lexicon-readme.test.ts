import { readFileSync } from "node:fs";
import path from "node:path";
import { lexiconTable } from "../helpers/lexiconTable";
import { extractEpisodes } from "../../src/core/episodes/extractEpisodes";
import { parseNote } from "../../src/core/parse/parseNote";
import { assembleEpisodes } from "../helpers/assembleEpisodes";
import { ROOT } from "../helpers/paths";

describe("the README's market lexicon", () => {
  it("is the table generated from the code", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const inReadme = /<!-- lexicon:begin -->\n([\s\S]*?)\n<!-- lexicon:end -->/.exec(readme)?.[1];
    // Regenerate with lexiconTable() (test/helpers/lexiconTable.ts) when the lexicon changes.
    expect(inReadme).toBe(lexiconTable());
  });
});

describe("episode notes", () => {
  const read = (text: string, asOf: string) => assembleEpisodes(extractEpisodes(parseNote("E.md", text), text).candidates, asOf);

  it("read a list-valued trigger like the sides", () => {
    const [e] = read('---\nrotation: Growth → Value\nstart: 2022-01-01\ntrigger: [Rate shock, "[[Fed]]"]\n---\n', "2026-03-01");
    expect(e.trigger).toBe("Rate shock, Fed");
  });

  it("count an episode whose end is after the as-of date as ongoing", () => {
    const [e] = read("---\nrotation: Growth → Value\nstart: 2026-01-01\nend: 2026-12-31\n---\n", "2026-03-01");
    expect(e.ongoing).toBe(true);
  });
});
