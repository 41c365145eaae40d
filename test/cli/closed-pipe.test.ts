/** The built CLI piped into `head -1`: the reader closes the pipe early, and the CLI ends quietly with exit 0. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CLI_JS, describeBuilt } from "../helpers/built";

jest.setTimeout(60_000);

/** A vault with 3,000 episodes, in two notes: each far larger than a pipe's buffer, so writing outlives `head`. */
function bigVault(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rotation-lens-pipe-"));
  const rows = Array.from(
    { length: 3000 },
    (_, i) => `| ${1900 + (i % 120)} | Sector ${i} → Other ${i} | Trigger ${i} | A | B | 3 months |`,
  );
  const table = (part: string[]): string =>
    ["| Period | Rotation | Trigger | Sell side | Buy side | Duration |", "| --- | --- | --- | --- | --- | --- |", ...part, ""].join("\n");
  writeFileSync(path.join(dir, "Many.md"), table(rows.slice(0, 1500)));
  writeFileSync(path.join(dir, "More.md"), table(rows.slice(1500)));
  return dir;
}

describeBuilt("the CLI writing into a closed pipe", [CLI_JS], () => {
  const vault = bigVault();

  it.each([
    ["index", vault, "--as-of", "2026-03-01"],
    ["parse", vault, "--json"],
  ])("%s ends with exit 0 and nothing on stderr", (...argv) => {
    // PIPESTATUS: the exit status of the CLI itself, not of head.
    const script = 'node "$0" "$@" | head -1; echo "cli exit ${PIPESTATUS[0]}" >&2';
    const run = spawnSync("bash", ["-c", script, CLI_JS, ...argv], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toBe("cli exit 0\n");
  });
});
