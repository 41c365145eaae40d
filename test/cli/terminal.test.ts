/**
 * One exit-code rule and one message form for every command: usage errors exit 2 in one prefixed line, and messages
 * name what they are about.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import { cliRun } from "../helpers/cli";
import { EXAMPLE_VAULT, ROOT } from "../helpers/paths";
import { tempCopy } from "../harness/testApp";

function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliRun(argv);
}

describe("the command line's messages", () => {
  it("treats usage errors and missing paths alike in every command", async () => {
    for (const command of ["parse", "index", "check", "blocks"]) {
      const missing = await cli(command, "/no/such/place");
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/^rotation-lens: \/no\/such\/place: no such (file or )?folder \(try --help\)$/);
      const bogus = await cli(command, EXAMPLE_VAULT, "--bogus");
      expect(bogus).toMatchObject({ code: 2, err: "rotation-lens: unknown option --bogus (try --help)" });
      expect((await cli(command)).code).toBe(2);
    }
  });

  it("says a note given where a vault folder belongs is a file, and check takes --as-of like index", async () => {
    const note = path.join(EXAMPLE_VAULT, "Sector Rotation.md");
    for (const command of ["index", "check"]) {
      const r = await cli(command, note);
      expect([r.code, r.err]).toEqual([
        2,
        `rotation-lens: ${note} is a file; give the vault's folder (the folder holding your notes) (try --help)`,
      ]);
    }
    expect((await cli("check", EXAMPLE_VAULT, "--as-of", "2026-03-01")).code).toBe(0);
  });

  it("says an unknown option is one when it comes alone", async () => {
    expect(await cli("--bogus")).toMatchObject({ code: 2, err: "rotation-lens: unknown option --bogus (try --help)" });
    expect(await cli()).toMatchObject({ code: 2, err: "rotation-lens: no command given (try --help)" });
  });

  it("says a date that does not exist does not exist", async () => {
    expect(await cli("index", EXAMPLE_VAULT, "--as-of", "2026-02-30")).toMatchObject({
      code: 2,
      err: "rotation-lens: --as-of 2026-02-30: that date does not exist (try --help)",
    });
    expect((await cli("blocks", EXAMPLE_VAULT, "--as-of", "March")).err).toBe("rotation-lens: --as-of March: use YYYY-MM-DD (try --help)");
  });

  it("names the path of a folder standing where the index note should be, and a damaged marker's own line", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    rmSync(path.join(dir, "Historical rotations.md"));
    mkdirSync(path.join(dir, "Historical rotations.md"));
    const r = await cli("index", dir, "--write");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `rotation-lens: ${path.join(dir, "Historical rotations.md")}: the index note's path Historical rotations.md is a folder, not a note; choose another path (--index-path, or the plugin's settings); it is unchanged`,
    );
    rmSync(path.join(dir, "Historical rotations.md"), { recursive: true });
    writeFileSync(path.join(dir, "Historical rotations.md"), "Intro\n\nmore\n%% rotation-lens:end %%\n");
    expect((await cli("index", dir, "--write")).err).toMatch(
      /Historical rotations\.md:4: The index note has an end marker on line 4 but no begin marker\..*; it is unchanged$/,
    );
  });

  it("counts in the right number", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    const r = await cli("index", dir, "--write", "--include", "Energy rotation 2022.md", "--index-path", "One.md");
    expect(r.out).toBe(`Wrote ${path.join(dir, "One.md")} (0 episodes)`);
    mkdirSync(path.join(dir, "Only"));
    writeFileSync(
      path.join(dir, "Only/One.md"),
      "| Period | Rotation | Sell side | Buy side |\n|---|---|---|---|\n| 2022 | Growth → Value | QQQ | XLE |\n",
    );
    expect((await cli("index", dir, "--include", "Only")).out).toMatch(/^1 episode as of 2026-03-01\n/);
    expect((await cli("index", dir, "--write", "--include", "Only")).out).toBe(
      `Wrote ${path.join(dir, "Historical rotations.md")} (1 episode)`,
    );
    expect((await cli("check", dir, "--include", "Only")).err).toBe("rotation-lens: 1 note checked, 0 problems");
    expect((await cli("blocks", path.join(dir, "Only"))).err).toBe("rotation-lens: 0 blocks in 1 note, 0 with errors");
  });
});

describe("check --strict on the example vault", () => {
  it("reports exactly the one ragged row the README says it does", async () => {
    const r = await cli("check", EXAMPLE_VAULT, "--strict");
    // One problem; the notices after it (rotation notes with no episode, conflicts between merged notes) are not problems.
    expect(r.code).toBe(1);
    expect(r.out.split("\n")[0]).toBe(
      `${path.join(EXAMPLE_VAULT, "Staples Rally - Rotation or Dispersion Trade.md")}:21: table row has 2 cells, header has 3`,
    );
    expect(r.err).toMatch(/ checked, 1 problem$/);
    expect(readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain(
      "`Staples Rally - Rotation or Dispersion Trade.md:21: table row has 2 cells, header has 3`",
    );
  });
});

describe("tables in the terminal", () => {
  it("fit the terminal's width by cutting the widest columns, and --json keeps the full text", async () => {
    const out: string[] = [];
    await runCli(["index", EXAMPLE_VAULT, "--as-of", "2026-03-01"], {
      out: (t) => out.push(t),
      err: () => undefined,
      errIsTTY: false,
      today: "2026-03-01",
      columns: 80,
    });
    const lines = out.join("\n").split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(lines.some((l) => l.includes("…"))).toBe(true);
    const wide = (await cli("index", EXAMPLE_VAULT, "--as-of", "2026-03-01")).out.split("\n");
    expect(Math.max(...wide.map((l) => l.length))).toBeGreaterThan(80);
    expect((await cli("index", EXAMPLE_VAULT, "--json")).out).toContain('"rotation": "Software → Energy"');
  });
});

describe("progress on a terminal", () => {
  it("draws a bar on stderr for a vault of 500 notes when stderr is a terminal, and nothing when it is not", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rotation-lens-500-"));
    for (let i = 0; i < 500; i++) writeFileSync(path.join(dir, `Note ${i}.md`), `# Note ${i}\n`);
    const err: string[] = [];
    await runCli(["index", dir, "--json"], { out: () => undefined, err: (t) => err.push(t), errIsTTY: true, today: "2026-03-01" });
    expect(err).toContain("\rrotation-lens: reading notes [--------------------] 1/500");
    expect(err).toContain("\rrotation-lens: reading notes [####################] 500/500");
    expect((await cli("index", dir, "--json")).err).toBe("");
  });
});
