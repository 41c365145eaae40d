/** The built CLI measured by the shared labelled episode corpus: recall, precision and field accuracy above their floors. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { CLI_JS, describeBuilt } from "../../helpers/built";
import { ROOT } from "../../helpers/paths";

/** The shared labelled corpus measures the extractor; the test runs only where ../shared is beside the project. */
const SCORER = path.resolve(ROOT, "../shared/episode-corpus/score.mjs");
const describeCorpus = existsSync(SCORER) ? describeBuilt : (name: string, _built: string[], body: () => void) => describe.skip(name, body);

describeCorpus("the shared episode corpus", [CLI_JS], () => {
  it("is read with recall ≥ 90%, precision ≥ 95% and fields ≥ 90%", () => {
    const run = spawnSync(process.execPath, [SCORER, CLI_JS, "--min-recall", "90", "--min-precision", "95"], { encoding: "utf8" });
    const last = run.stdout.trim().split("\n").pop() ?? "";
    expect([run.status, last]).toEqual([0, expect.stringMatching(/^episode corpus: recall/)]);
    const fields = Number(/fields ([\d.]+)%/.exec(last)?.[1]);
    expect(fields).toBeGreaterThanOrEqual(90);
  }, 60_000);
});
