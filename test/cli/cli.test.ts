import { execFileSync } from "node:child_process";
import fs, { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HELP } from "../../src/cli/main";
import { cliRun } from "../helpers/cli";
import manifest from "../../manifest.json";
import { EXAMPLE_VAULT, ROOT, SEED_VAULT, describeSeed } from "../helpers/paths";
import { tempCopy } from "../harness/testApp";

function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliRun(argv);
}

describe("the command line", () => {
  it("prints help and version", async () => {
    expect(await cli("--help")).toMatchObject({ code: 0, out: HELP });
    expect(HELP).toMatch(/Exit codes, the same for every command: 0 ok; 1 problems found/);
    expect(await cli("--version")).toMatchObject({ code: 0, out: manifest.version });
  });

  it("answers usage errors with exit 2 and one line on stderr", async () => {
    for (const argv of [
      [],
      ["frobnicate"],
      ["index"],
      ["index", EXAMPLE_VAULT, "--as-of", "2026-13-01"],
      ["parse", "x.md", "--wat"],
      ["index", "/no/such/folder"],
    ]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.err.split("\n")).toHaveLength(1);
      expect(r.err).toMatch(/^rotation-lens: /);
    }
  });

  it("prints one note model per line for a folder, paths relative to it", async () => {
    const r = await cli("parse", EXAMPLE_VAULT, "--json");
    const lines = r.out
      .split("\n")
      .map((l) => JSON.parse(l) as { path: string; tables: { line: number; headers: string[]; rows: string[][]; align: unknown[] }[] });
    const sector = lines.find((l) => l.path === "Sector Rotation.md")!;
    const historical = sector.tables.find((t) => t.headers[0] === "Period")!;
    expect(historical.rows[2].slice(0, 2)).toEqual(["2022", "Growth → Value"]);
    expect(lines.map((l) => l.path)).toContain("Dispersion watch.md");
  });

  it("prints the vault's episodes as JSON with their sources", async () => {
    const r = await cli("index", EXAMPLE_VAULT, "--json", "--as-of", "2026-03-01");
    const json = JSON.parse(r.out) as {
      asOf: string;
      episodes: { period: string; type: string; sources: { path: string; line: number }[] }[];
      metrics: { total: number };
    };
    expect(json.asOf).toBe("2026-03-01");
    expect(json.episodes.find((e) => e.period === "2018 Q4")).toMatchObject({
      type: "risk-off",
      sources: [{ path: "Sector Rotation.md" }],
    });
    expect(json.metrics.total).toBe(json.episodes.length);
  });

  it("lists every problem as file:line: message and exits 1 with --strict", async () => {
    const plain = await cli("check", EXAMPLE_VAULT);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/Staples Rally - Rotation or Dispersion Trade\.md:\d+: table row has 2 cells, header has 3/);
    expect((await cli("check", EXAMPLE_VAULT, "--strict")).code).toBe(1);
  });

  it("reports unreadable, non-UTF-8 and looping entries with their paths and goes on", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    writeFileSync(path.join(dir, "Latin1.md"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    mkdirSync(path.join(dir, "Loop"));
    symlinkSync(dir, path.join(dir, "Loop", "back"));
    symlinkSync(path.join(dir, "missing.md"), path.join(dir, "Dangling.md"));
    // A named pipe would block a reader forever; it must be reported, not opened.
    execFileSync("mkfifo", [path.join(dir, "Pipe.md")]);
    const r = await cli("index", dir, "--as-of", "2026-03-01");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Latin1\.md: not UTF-8 text; skipped/);
    expect(r.err).toMatch(/Loop\/back: folder link loops back/);
    expect(r.err).toMatch(/Dangling\.md: broken link; skipped/);
    expect(r.err).toMatch(/Pipe\.md: not a regular file \(a pipe, socket or device\); skipped/);
    expect(r.out).toMatch(/^14 episodes as of 2026-03-01/);
  });

  it("writes the index note and then finds it up to date", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    const file = path.join(dir, "Historical rotations.md");
    writeFileSync(file, "# Historical rotations\n\nMine.\n");
    expect((await cli("index", dir, "--write", "--as-of", "2026-03-01")).out).toMatch(/^Wrote .*Historical rotations\.md \(14 episodes\)/);
    const written = readFileSync(file, "utf8");
    expect(written).toMatch(
      /^---\nepisodes: 14\nupdated: 2026-03-01\n---\n# Historical rotations\n\nMine\.\n\n%% rotation-lens:begin %%\n/,
    );
    expect((await cli("index", dir, "--write", "--as-of", "2026-03-01")).out).toMatch(/is up to date/);
    expect(readFileSync(file, "utf8")).toBe(written);
  });
});

describe("a failed write", () => {
  it("leaves the index note as it was and says so, exit 1", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    const file = path.join(dir, "Historical rotations.md");
    writeFileSync(file, "# Historical rotations\n\nMine.\n");
    // A full disk: the temporary file cannot be written.
    const full = jest.spyOn(fs, "writeSync").mockImplementation(() => {
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    const r = await cli("index", dir, "--write", "--as-of", "2026-03-01");
    full.mockRestore();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Historical rotations\.md:1: could not write the index note \(ENOSPC.*\); it is unchanged/);
    expect(readFileSync(file, "utf8")).toBe("# Historical rotations\n\nMine.\n");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describeSeed("check on the seed vault", () => {
  it("reports the clipped article's ragged rows and nothing that is fine", async () => {
    const r = await cli("check", SEED_VAULT);
    const lines = r.out.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    // Issue 13: check also names where merged notes disagree (the flow note's own start and type).
    // And where a stated length contradicts the episode's own dates (2020-21: the caption's window against "18 months").
    const conflicts = lines.filter(
      (l) => / episode .* keeps (start|type|duration) /.test(l) || /^\d+ rotation notes? with no episode/.test(l),
    );
    expect(conflicts.filter((l) => /Sector Rotation January 2026\.md:13: .* keeps (start|type)/.test(l))).toHaveLength(2);
    expect(
      conflicts.filter((l) =>
        /Sector Rotation\.md:\d+: episode 2020-03-value-growth .* keeps duration 18 months; this note says 21 months/.test(l),
      ),
    ).toHaveLength(1);
    expect(conflicts).toHaveLength(5);
    for (const l of lines.filter((x) => !conflicts.includes(x)))
      expect(l).toMatch(/Mechanical Market Rotation.*\.md:\d+: table row has 1 cell, header has 3$/);
  });
});

describe("the README's picture of the index note", () => {
  it("is what the CLI writes for the example vault", async () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const excerpt = /```markdown\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("This is what the region of")))?.[1] ?? "";
    const dir = tempCopy(EXAMPLE_VAULT);
    writeFileSync(path.join(dir, "Historical rotations.md"), "# Historical rotations\n");
    await cli("index", dir, "--write", "--as-of", "2026-03-01");
    const written = readFileSync(path.join(dir, "Historical rotations.md"), "utf8");
    const lines = excerpt.split("\n").filter((l) => l.trim() !== "");
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(written).toContain(line);
  });
});

describe("the command line on the hostile corpus", () => {
  const HOSTILE = path.join(ROOT, "test/fixtures/hostile");

  it("checks every note and names each problem's file and line", async () => {
    const r = await cli("check", HOSTILE, "--strict");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/JS front matter\.md:1: front matter language not supported/);
    expect(r.out).toMatch(/Broken YAML\.md:\d+: invalid YAML in front matter/);
    expect(r.err).toMatch(/^rotation-lens: 14 notes checked, \d+ problems$/);
  });

  it("indexes it without failing, file names with $, #, ^, [ and quotes included", async () => {
    const r = await cli("index", HOSTILE, "--json", "--as-of", "2026-03-01");
    expect(r.code).toBe(0);
    const paths = (JSON.parse(r.out) as { episodes: { sources: { path: string }[] }[] }).episodes.map((e) => e.sources[0].path);
    expect(paths).toContain("Rotation $ #1 ^ [draft] 'q'.md");
  });
});

describe("install-plugin", () => {
  const built = existsSync(path.join(ROOT, "main.js"));
  (built ? it : it.skip)("copies the plugin into the vault's plugin folder", () => {
    const vault = tempCopy(EXAMPLE_VAULT);
    execFileSync("node", [path.join(ROOT, "scripts/install-plugin.mjs"), vault, "--create", "--no-build"], { cwd: ROOT });
    const target = path.join(vault, ".obsidian/plugins/rotation-lens");
    for (const f of ["main.js", "manifest.json", "styles.css"])
      expect(readFileSync(path.join(target, f))).toEqual(readFileSync(path.join(ROOT, f)));
  });
});
