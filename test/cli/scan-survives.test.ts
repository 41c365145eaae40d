/** The CLI over a vault with notes that once stopped it: each is named on stderr or by check, every other note is read. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import { EXAMPLE_VAULT, notesIn } from "../helpers/paths";
import { exampleEpisodeCount } from "../helpers/loadVault";
import { hugeLinkNote, LOOP_NOTE } from "../helpers/hugeNotes";
import { tempCopy } from "../harness/testApp";

/* A reader made to throw on one file, as a future bug would; the other notes are real. */
const failing = new Set<string>(["Bomb.md"]);
jest.mock("../../src/core/parse/parseNote", () => {
  const real = jest.requireActual<typeof import("../../src/core/parse/parseNote")>("../../src/core/parse/parseNote");
  return {
    ...real,
    parseNote: (p: string, text: string) => {
      if (failing.has(path.basename(p))) throw new RangeError("Maximum call stack size exceeded");
      return real.parseNote(p, text);
    },
  };
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), errIsTTY: false, today: "2026-03-01" });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function vault(): string {
  const dir = tempCopy(EXAMPLE_VAULT);
  writeFileSync(path.join(dir, "Reading list.md"), hugeLinkNote());
  writeFileSync(path.join(dir, "A loop.md"), LOOP_NOTE);
  writeFileSync(path.join(dir, "Bomb.md"), "# Bomb\n\nAny text: the reader is made to throw on this file.\n");
  return dir;
}

describe("the CLI over a vault with one note it cannot read", () => {
  const dir = vault();

  it("index reads every other note, names the bad one on stderr, and exits 0", async () => {
    const r = await cli("index", dir, "--json", "--as-of", "2026-03-01");
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      `rotation-lens: ${path.join(dir, "Bomb.md")}: could not be read (RangeError: Maximum call stack size exceeded); its episodes are left out`,
    );
    const ids = (JSON.parse(r.out) as { episodes: { id: string }[] }).episodes.map((e) => e.id);
    expect(ids).toHaveLength(exampleEpisodeCount(EXAMPLE_VAULT).episodes + 1);
    expect(ids).toContain("2019-01-utilities-semiconductors");
    expect((await cli("index", dir, "--strict")).code).toBe(1);
  });

  it("parse --json writes every note, the looping one and those after it included, and names the bad one", async () => {
    const r = await cli("parse", dir, "--json");
    expect(r.code).toBe(0);
    const paths = r.out.split("\n").map((l) => (JSON.parse(l) as { path: string }).path);
    // Every note of the folder but the one that throws, in order, the looping one and those after it included.
    const expected = [...notesIn(EXAMPLE_VAULT), "A loop.md", "Reading list.md"].sort();
    expect(paths).toEqual(expected);
    expect(r.err).toBe("rotation-lens: Bomb.md: could not be read (RangeError: Maximum call stack size exceeded)");
  });

  it("check names the bad note and the looping alias with their lines", async () => {
    const r = await cli("check", dir);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines).toContain(`${path.join(dir, "Bomb.md")}:1: could not be read (RangeError: Maximum call stack size exceeded)`);
    expect(lines).toContain(
      `${path.join(dir, "A loop.md")}:2: front matter: an alias refers to a value holding it (a cycle); read as empty there`,
    );
  });
});
