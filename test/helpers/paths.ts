/** Where the tests find notes: the project's example vault, its fixtures, and the user's seed vault when present. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The repository root: the first folder upward holding manifest.json (works from test/ and from the bench bundle in dist/). */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, "manifest.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export const ROOT = findRoot(__dirname);
export const EXAMPLE_VAULT = path.join(ROOT, "examples/vault");
export const FIXTURES = path.join(ROOT, "test/fixtures");
export const SEED_VAULT = path.resolve(ROOT, "../shared/seed-vault");
/** NO_SEED_VAULT=1 runs the tests as a clone without the seed vault would (to count what is skipped). */
export const hasSeed = !process.env.NO_SEED_VAULT && existsSync(SEED_VAULT);

/** `describe` when the seed vault is beside the project, `describe.skip` otherwise (CI may clone without it). */
export const describeSeed = typeof describe === "undefined" ? undefined! : hasSeed ? describe : describe.skip;

export function readNote(dir: string, name: string): string {
  return readFileSync(path.join(dir, name), "utf8");
}

/** Every .md file below `dir`, as paths relative to it. */
export function notesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !e.name.startsWith(".")) walk(r);
      else if (e.isFile() && e.name.endsWith(".md")) out.push(r);
    }
  };
  walk("");
  return out.sort();
}

/** Every note of a folder as path → text, for in-memory vaults. */
export function vaultFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const rel of notesIn(dir)) files[rel] = readNote(dir, rel);
  return files;
}
