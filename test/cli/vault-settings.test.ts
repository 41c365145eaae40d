/** @jest-environment jsdom */
/** The CLI reads the vault's data.json as the plugin does: the same index note path, folders, taxonomy and as-of date, the same bytes. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cliRun } from "../helpers/cli";
import { HELP } from "../../src/cli/main";
import { DATA_JSON } from "../../src/cli/vaultSettings";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { loadPlugin, startUp, tempCopy } from "../harness/testApp";

const INDEX = "Research/Rotations index.md";
const SETTINGS = {
  indexNotePath: INDEX,
  excludeFolders: ["Personal"],
  taxonomyYaml: "ARKK: growth",
  asOfOverride: "2026-03-01",
  autoRefresh: false,
};

function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliRun(argv, "2026-11-30");
}

/** The example vault with a trade journal in Personal/, an ARKK rotation only the taxonomy addition can type, and data.json. */
function vault(settings: object | null = SETTINGS): string {
  const dir = tempCopy(EXAMPLE_VAULT);
  mkdirSync(path.join(dir, "Personal"));
  writeFileSync(
    path.join(dir, "Personal/Trade journal.md"),
    "| Period | Rotation | Sell side | Buy side |\n|---|---|---|---|\n| 2024 | Journal trade | Gold | Bitcoin |\n",
  );
  writeFileSync(
    path.join(dir, "ARKK exit.md"),
    "| Period | Rotation | Sell side | Buy side |\n|---|---|---|---|\n| 2021 | ARKK exit | ARKK | XLE |\n",
  );
  if (settings) {
    mkdirSync(path.join(dir, ".obsidian/plugins/rotation-lens"), { recursive: true });
    writeFileSync(path.join(dir, ".obsidian/plugins/rotation-lens/data.json"), JSON.stringify(settings));
  }
  return dir;
}

describe("the CLI honours the vault's settings", () => {
  jest.setTimeout(30_000);

  it("writes the index note the plugin writes, byte for byte, where the settings put it", async () => {
    const cliDir = vault();
    const rootIndex = readFileSync(path.join(cliDir, "Historical rotations.md"), "utf8");
    const r = await cli("index", cliDir, "--write");
    expect(r.code).toBe(0);
    expect(r.err).toContain(`rotation-lens: settings: ${path.join(cliDir, ".obsidian/plugins/rotation-lens/data.json")}`);
    const byCli = readFileSync(path.join(cliDir, INDEX), "utf8");
    // The pinned as-of date, not the CLI's today; the journal in Personal/ left out; ARKK typed through the addition.
    expect(byCli).toContain("as of 2026-03-01");
    expect(byCli).not.toContain("Journal trade");
    expect(byCli).toMatch(/ARKK exit \| growth-to-value/);
    expect(readFileSync(path.join(cliDir, "Historical rotations.md"), "utf8")).toBe(rootIndex);

    const l = await loadPlugin(vault(), { copy: false });
    await startUp(l);
    expect(await l.plugin.refreshIndexNote(false)).toBe("created");
    expect(l.app.vault.textOf(l.app.vault.getFileByPath(INDEX)!)).toBe(byCli);
  });

  it("lets flags override the settings, and --no-settings ignore them", async () => {
    const dir = vault();
    const tax = path.join(dir, "tax.yaml");
    writeFileSync(tax, "ARKK: defensive\n");
    const r = await cli("index", dir, "--json", "--exclude", "Nothing", "--taxonomy", tax, "--as-of", "2026-01-01");
    const json = JSON.parse(r.out) as { asOf: string; episodes: { rotation: string; type: string }[] };
    expect(json.asOf).toBe("2026-01-01");
    expect(json.episodes.map((e) => e.rotation)).toContain("Journal trade");
    expect(json.episodes.find((e) => e.rotation === "ARKK exit")?.type).not.toBe("growth-to-value");
    const plain = await cli("index", dir, "--json", "--no-settings");
    expect(plain.err).toBe("rotation-lens: settings: the defaults (--no-settings)");
    expect((JSON.parse(plain.out) as { asOf: string }).asOf).toBe("2026-11-30");
    await cli("index", dir, "--write", "--index-path", "Elsewhere/Index.md", "--include", "Personal", "--exclude", "");
    const written = readFileSync(path.join(dir, "Elsewhere/Index.md"), "utf8");
    expect(written).toContain("Journal trade");
    expect(written).toContain("*1 episode, ");
  });

  it("names the settings file as the vault was given, whichever command reads it", async () => {
    const dir = vault();
    const note = path.join(dir, "Sector Rotation.md");
    const used = (r: { err: string }): string | undefined => /^rotation-lens: settings: (.*)$/m.exec(r.err)?.[1];
    const absolute = path.join(dir, DATA_JSON);
    expect([used(await cli("index", dir)), used(await cli("blocks", note))]).toEqual([absolute, absolute]);
    const relative = path.relative(process.cwd(), absolute);
    const typed = (p: string): string => path.relative(process.cwd(), p);
    expect([used(await cli("index", typed(dir))), used(await cli("blocks", typed(note)))]).toEqual([relative, relative]);
  });

  it("says which settings it used, and what it could not use", async () => {
    expect((await cli("index", vault(null), "--json")).err).toBe("");
    const bare = vault(null);
    mkdirSync(path.join(bare, ".obsidian"));
    expect((await cli("index", bare, "--json")).err).toMatch(/^rotation-lens: settings: the defaults \(no .*data\.json\)$/);
    const bad = vault({ indexNotePath: "../outside.md", excludeFolders: "Personal" });
    const r = await cli("index", bad, "--write");
    expect(r.err).toMatch(/data\.json: Setting "indexNotePath" was invalid; the default is used\./);
    expect(r.err).toMatch(/data\.json: Setting "excludeFolders" was invalid; the default is used\./);
    expect(existsSync(path.join(bad, "..", "outside.md"))).toBe(false);
    writeFileSync(path.join(bad, ".obsidian/plugins/rotation-lens/data.json"), "{not json");
    expect((await cli("check", bad)).err).toMatch(/data\.json: cannot be read as JSON .*the defaults are used/);
  });

  it("refuses a bad flag value in one line before reading anything", async () => {
    const dir = vault();
    for (const [argv, message] of [
      [["--index-path", "../x.md"], /--index-path \.\.\/x\.md: The index note must stay inside the vault/],
      [["--taxonomy", path.join(dir, "none.yaml")], /--taxonomy .*none\.yaml: cannot be read \(ENOENT\)/],
      [["--as-of", "2026-02-30"], /--as-of 2026-02-30: that date does not exist/],
    ] as const) {
      const r = await cli("index", dir, ...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.split("\n")).toHaveLength(1);
    }
    writeFileSync(path.join(dir, "bad.yaml"), "- a list\n");
    expect((await cli("check", dir, "--taxonomy", path.join(dir, "bad.yaml"))).err).toMatch(/must be a mapping/);
  });

  it("documents every settings flag in --help and the README", () => {
    const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8");
    for (const flag of ["--index-path", "--include", "--exclude", "--taxonomy", "--no-settings", "--cache"]) {
      expect([flag, HELP.includes(flag), readme.includes(flag)]).toEqual([flag, true, true]);
    }
  });
});
