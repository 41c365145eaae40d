/**
 * `examples/vault/Historical rotations.md` is an approval file: the CLI must write exactly the committed text
 * (regenerate with `npm start`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { tempCopy } from "../harness/testApp";

const INDEX = "Historical rotations.md";

describe("the example vault's index note", () => {
  it("is what the CLI writes for the example vault as of 2026-03-01 (run `npm start` after changing what it shows)", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    const lines: string[] = [];
    const code = await runCli(["index", dir, "--write", "--as-of", "2026-03-01"], {
      out: (t) => lines.push(t),
      err: (t) => lines.push(t),
      errIsTTY: false,
      today: "2026-03-01",
    });
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, INDEX), "utf8")).toBe(readFileSync(path.join(EXAMPLE_VAULT, INDEX), "utf8"));
  });
});
