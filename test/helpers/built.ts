/** The built bundles, run by tests as users run them: `npm test` builds them before jest, and no test builds them again. */
import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./paths";

export const CLI_JS = path.join(ROOT, "dist/cli.js");

/**
 * `describe` when every file is built; otherwise `describe.skip`, saying what to run, as the tests of main.js
 * skip without it. Building here instead would race the tests that read the same files.
 */
export function describeBuilt(name: string, files: string[], body: () => void): void {
  const missing = files.filter((f) => !existsSync(f)).map((f) => path.relative(ROOT, f));
  if (missing.length === 0) return describe(name, body);
  const why = `${missing.join(", ")} not built: run npm run build`;
  // Jest lists a skipped test's title only with --verbose; the warning shows in every run.
  console.warn(`skipping "${name}": ${why}`);
  describe.skip(`${name} (skipped: ${why})`, body);
}
