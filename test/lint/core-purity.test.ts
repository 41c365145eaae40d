import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "../helpers/paths";

jest.setTimeout(120_000);

/** src/core must run on Obsidian mobile: the lint config turns an Obsidian or Node import there into an error. */
describe("the lint wall around src/core", () => {
  // Linted from standard input under the name of a file of src/core (typed linting needs one that exists): nothing is
  // written into the source tree.
  const file = path.join(ROOT, "src/core/text/trimChars.ts");

  it("rejects importing obsidian or a Node built-in from src/core", () => {
    const probe =
      'import { readFileSync } from "node:fs";\nimport path from "path";\nimport { Notice } from "obsidian";\n\nexport const probe = [readFileSync, path, Notice];\n';
    // ESLint runs in its own process: its flat config is an ES module, which jest's sandbox cannot import.
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/eslint/bin/eslint.js"), "--format", "json", "--stdin", "--stdin-filename", file],
      { cwd: ROOT, encoding: "utf8", input: probe },
    );
    const [result] = JSON.parse(run.stdout) as { messages: { line: number; severity: number; ruleId: string; message: string }[] }[];
    expect(run.status).toBe(1);
    const errors = result.messages.filter((m) => m.severity === 2 && m.ruleId === "@typescript-eslint/no-restricted-imports");
    expect(errors.map((m) => m.line)).toEqual([1, 2, 3]);
    expect(errors[2].message).toMatch(/src\/core is pure/);
  });
});
