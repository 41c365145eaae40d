/** @jest-environment jsdom */
/**
 * The index note's promise, byte for byte: on a corpus of awkward index notes, the CLI and the plugin
 * change only the region and the values of `episodes` and `updated`, and write the same bytes.
 */
import {
  chmodSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import { BEGIN, END } from "../../src/core/parse/generatedRegion";
import { EXAMPLE_VAULT, FIXTURES } from "../helpers/paths";
import { loadPlugin, startUp, tempCopy, type Loaded } from "../harness/testApp";
import { Notice } from "../fakes/obsidian";
import { exampleEpisodeCount } from "../helpers/loadVault";

const INDEX = "Historical rotations.md";
const AS_OF = "2026-03-01";
const CORPUS = path.join(FIXTURES, "index-notes");
const N = exampleEpisodeCount(EXAMPLE_VAULT);
const notes = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".md"))
  .sort();

/** A copy of the example vault whose index note holds `bytes`. */
function vaultWith(bytes: Buffer): string {
  const dir = tempCopy(EXAMPLE_VAULT);
  writeFileSync(path.join(dir, INDEX), bytes);
  return dir;
}

async function cli(dir: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["index", dir, "--write", "--as-of", AS_OF], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    errIsTTY: false,
    today: "2026-11-30",
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function plugin(dir: string): Promise<Loaded> {
  const l = await loadPlugin(dir, { copy: false });
  await l.plugin.updateSettings({ asOfOverride: AS_OF, autoRefresh: false });
  await startUp(l);
  return l;
}

/**
 * What the user owns: the note without the region's lines (the last marker pair: earlier ones sit in code)
 * and without the lines of the two keys (with a block value's indented lines, and a block that held only them).
 */
function userBytes(text: string): string {
  const lines = text.split("\n");
  const last = (marker: string): number => lines.map((l) => l.replace(/\r$/, "")).lastIndexOf(marker);
  const b = last(BEGIN);
  const e = last(END);
  const kept = b === -1 ? lines : [...lines.slice(0, b), ...lines.slice(e + 1)];
  const close = kept.findIndex((l, i) => i > 0 && /^---\r?$/.test(l));
  const opens = /^\uFEFF?---\r?$/.test(kept[0] ?? "");
  let props: string[] | null = null;
  if (opens && close > 0) {
    props = [];
    let skipping = false;
    for (const l of kept.slice(1, close)) {
      skipping = /^(episodes|updated):/.test(l) || (skipping && /^[ \t]/.test(l));
      if (!skipping) props.push(l);
    }
  }
  const out = props === null ? kept : props.length === 0 ? kept.slice(close + 1) : [kept[0], ...props, ...kept.slice(close)];
  return out.join("\n").replace(/\s+$/, "");
}

describe("the index note corpus, written by the CLI and by the plugin", () => {
  jest.setTimeout(30_000);

  it.each(notes)("%s: only the region and the two properties change, and both write the same bytes", async (name) => {
    const input = readFileSync(path.join(CORPUS, name));
    const cliDir = vaultWith(input);
    const r = await cli(cliDir);
    expect(r.code).toBe(0);
    const byCli = readFileSync(path.join(cliDir, INDEX), "utf8");
    const l = await plugin(vaultWith(input));
    expect(["updated", "unchanged"]).toContain(await l.plugin.refreshIndexNote(false));
    const byPlugin = l.app.vault.textOf(l.app.vault.getFileByPath(INDEX)!);
    expect(byPlugin).toBe(byCli);
    expect(userBytes(byCli)).toBe(userBytes(input.toString("utf8")));
    expect(byCli).toContain(`*${N.episodes} episodes, ${N.ongoing} ongoing, as of 2026-03-01.`);
    // A second refresh finds nothing to do.
    expect(await l.plugin.refreshIndexNote(false)).toBe("unchanged");
    expect((await cli(cliDir)).out).toMatch(/is up to date/);
  });

  it("keeps what the old regex broke: a `sep: ---` value, flow lists, comments and quoting", async () => {
    const dir = vaultWith(readFileSync(path.join(CORPUS, "dash separator.md")));
    await cli(dir);
    expect(readFileSync(path.join(dir, INDEX), "utf8")).toMatch(
      /^---\ntitle: My index\nsep: ---\ntags: \[research, markets\]\n# my comment\nepisodes: \d+\nupdated: 2026-03-01\n---\n# Rotations I follow\n/,
    );
    const quoted = vaultWith(readFileSync(path.join(CORPUS, "comments and quotes.md")));
    await cli(quoted);
    expect(readFileSync(path.join(quoted, INDEX), "utf8")).toMatch(
      /^---\n# Kept by hand\nowner: 'me' {2}# who edits this\nupdated: "2026-03-01" # last time\nepisodes: {3}\d+ {3}# count\nlinks: \{ a: 1, b: \[x, y\] \}\n---\n/,
    );
  });

  it("keeps a block scalar holding ---, one BOM and CRLF line ends", async () => {
    for (const [name, start] of [
      [
        "block scalar.md",
        `---\nsummary: |\n  First part\n  ---\n  Second part\nepisodes: ${N.episodes}\nupdated: 2026-03-01\n---\nBody text.`,
      ],
      ["byte order mark.md", `\uFEFF---\naliases: [Rotations]\nepisodes: ${N.episodes}\nupdated: 2026-03-01\n---\n# With`],
      [
        "crlf.md",
        `---\r\ncssclasses: [wide]\r\nupdated: 2026-03-01\r\nepisodes: ${N.episodes}\r\n---\r\n# Windows line ends\r\n\r\n%% rotation-lens:begin %%\r\n*${N.episodes} episodes`,
      ],
    ]) {
      const dir = vaultWith(readFileSync(path.join(CORPUS, name)));
      await cli(dir);
      expect(readFileSync(path.join(dir, INDEX), "utf8").startsWith(start)).toBe(true);
    }
  });

  it("leaves properties it cannot edit safely as they are, still writes the region, and says why with the line", async () => {
    for (const [name, why] of [
      [
        "invalid yaml.md",
        /invalid yaml\.md|Historical rotations\.md:\d+: Rotation Lens left the properties as they are: its properties are not valid YAML/,
      ],
      ["updated list.md", /Historical rotations\.md:1: Rotation Lens left the properties as they are: its `updated` property holds a list/],
      ["unclosed properties.md", /Historical rotations\.md:1: .*no closing --- line/],
    ] as const) {
      const input = readFileSync(path.join(CORPUS, name), "utf8");
      const dir = vaultWith(Buffer.from(input));
      const r = await cli(dir);
      expect(r.err).toMatch(why);
      const out = readFileSync(path.join(dir, INDEX), "utf8");
      expect(out.slice(0, out.indexOf(BEGIN))).toBe(input.slice(0, input.indexOf(BEGIN)));
      expect(out).toContain(`*${N.episodes} episodes`);
    }
    const l = await plugin(vaultWith(readFileSync(path.join(CORPUS, "invalid yaml.md"))));
    await l.plugin.refreshIndexNote(true);
    expect(Notice.shown.join("\n")).toMatch(
      /updated the index note's region\. Rotation Lens left the properties as they are: its properties are not valid YAML/,
    );
  });

  it("never calls processFrontMatter, which would re-serialise the user's properties (and throws on invalid YAML)", async () => {
    const l = await plugin(vaultWith(readFileSync(path.join(CORPUS, "comments and quotes.md"))));
    const calls: string[] = [];
    l.app.fileManager.processFrontMatter = async (file) => void calls.push(file.path);
    expect(await l.plugin.refreshIndexNote(false)).toBe("updated");
    expect(calls).toEqual([]);
    expect(l.app.vault.textOf(l.app.vault.getFileByPath(INDEX)!)).toContain("owner: 'me'  # who edits this");
  });

  it("the fake behaves like Obsidian: processFrontMatter loses comments and throws on invalid YAML", async () => {
    const l = await plugin(vaultWith(readFileSync(path.join(CORPUS, "comments and quotes.md"))));
    const file = l.app.vault.getFileByPath(INDEX)!;
    await l.app.fileManager.processFrontMatter(file, (fm) => void (fm.episodes = 1));
    expect(l.app.vault.textOf(file)).not.toContain("# who edits this");
    const broken = await plugin(vaultWith(readFileSync(path.join(CORPUS, "invalid yaml.md"))));
    await expect(broken.app.fileManager.processFrontMatter(broken.app.vault.getFileByPath(INDEX)!, () => undefined)).rejects.toThrow(
      /YAML/,
    );
  });

  it("replaces a block-scalar value without taking the next key's line break, and keeps quoting of a quoted count", async () => {
    const dir = vaultWith(readFileSync(path.join(CORPUS, "block scalar values.md")));
    await cli(dir);
    expect(readFileSync(path.join(dir, INDEX), "utf8")).toMatch(
      /^---\nupdated: 2026-03-01\nauthor: me\nepisodes: \d+\ntags: \[x\]\n---\nbody\n/,
    );
    const quoted = vaultWith(readFileSync(path.join(CORPUS, "quoted count.md")));
    await cli(quoted);
    expect(readFileSync(path.join(quoted, INDEX), "utf8")).toMatch(/^---\nepisodes: '\d+'\nupdated: '2026-03-01'\n---\n/);
  });

  it("gives an empty note its properties first, then the region", async () => {
    const dir = vaultWith(Buffer.from(""));
    await cli(dir);
    expect(readFileSync(path.join(dir, INDEX), "utf8")).toMatch(
      /^---\nepisodes: \d+\nupdated: 2026-03-01\n---\n%% rotation-lens:begin %%\n/,
    );
  });

  it("takes markers inside code, math or a comment for the user's text, and refuses markers inside the properties or lone CR line ends", async () => {
    const code = vaultWith(readFileSync(path.join(CORPUS, "markers in code.md")));
    expect((await cli(code)).code).toBe(0);
    expect(readFileSync(path.join(code, INDEX), "utf8")).toContain(
      "```markdown\n%% rotation-lens:begin %%\nan example of the markers\n%% rotation-lens:end %%\n```",
    );
    for (const [input, why] of [
      [
        "---\nnote: |\n  %% rotation-lens:begin %%\n  keep me\n  %% rotation-lens:end %%\n---\nmy text\n",
        /Historical rotations\.md:3: The index note has a marker inside its properties block \(line 3\)/,
      ],
      ["---\repisodes: 1\r---\rbody\r%% rotation-lens:begin %%\rold\r%% rotation-lens:end %%\r", /lone carriage return/],
    ] as const) {
      const dir = vaultWith(Buffer.from(input));
      const r = await cli(dir);
      expect([r.code, r.err]).toEqual([1, expect.stringMatching(why)]);
      expect(readFileSync(path.join(dir, INDEX), "utf8")).toBe(input);
    }
  });

  it("leaves properties with a key written twice alone, as Obsidian would not read them either", async () => {
    const input = readFileSync(path.join(CORPUS, "duplicate keys.md"), "utf8");
    const dir = vaultWith(Buffer.from(input));
    const r = await cli(dir);
    expect(r.err).toMatch(/left the properties as they are: its properties are not valid YAML \(Map keys must be unique/);
    expect(readFileSync(path.join(dir, INDEX), "utf8").startsWith("---\nupdated: 2025-01-01\nupdated: 2025-02-02\n---\n")).toBe(true);
  });

  it("refuses damaged markers without touching a byte, and reports the marker's own line", async () => {
    const input = "---\nepisodes: 2\n---\nMine.\n\n%% rotation-lens:begin %%\nx\n";
    const dir = vaultWith(Buffer.from(input));
    const r = await cli(dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Historical rotations\.md:6: The index note has a begin marker on line 6 but no end marker/);
    expect(readFileSync(path.join(dir, INDEX), "utf8")).toBe(input);
    const l = await plugin(vaultWith(Buffer.from(input)));
    const writes = l.app.vault.writes;
    expect(await l.plugin.refreshIndexNote(true)).toBe("damaged");
    expect(l.app.vault.writes).toBe(writes);
    expect(Notice.shown.join("\n")).not.toMatch(/episodes\.$/);
  });
});

describe("the plugin with the index note open in an editor", () => {
  it("edits the editor in one transaction, keeping unsaved typing; the disk copy is left to Obsidian's save", async () => {
    const input = readFileSync(path.join(CORPUS, "comments and quotes.md"), "utf8");
    const l = await plugin(vaultWith(Buffer.from(input)));
    const file = l.app.vault.getFileByPath(INDEX)!;
    const typing = input.replace("Text.", "Text. And a sentence not saved yet");
    const view = l.app.workspace.openInEditor(file, typing);
    const writes = l.app.vault.writes;
    expect(await l.plugin.refreshIndexNote(false)).toBe("updated");
    expect(l.app.vault.writes).toBe(writes);
    expect(view.editor.transactions).toBe(1);
    const edited = view.editor.getValue();
    expect(edited).toContain("Text. And a sentence not saved yet");
    // The same bytes the CLI writes for that text.
    const dir = vaultWith(Buffer.from(typing));
    await cli(dir);
    expect(edited).toBe(readFileSync(path.join(dir, INDEX), "utf8"));
  });
});

describe("the CLI on notes it must not rewrite", () => {
  const outsideDir = (): string => {
    const d = path.join(tmpdir(), `rotation-lens-outside-${process.pid}-${Math.random().toString(36).slice(2)}`);
    mkdirSync(d);
    return d;
  };

  it("refuses a note that is not UTF-8, exit 1, every byte kept", async () => {
    const latin1 = Buffer.from("# Caf\xe9 notes \xa3\n\n%% rotation-lens:begin %%\n%% rotation-lens:end %%\n", "latin1");
    const dir = vaultWith(latin1);
    const r = await cli(dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /Historical rotations\.md:1: the index note is not UTF-8 text; Rotation Lens does not rewrite it; it is unchanged/,
    );
    expect(readFileSync(path.join(dir, INDEX)).equals(latin1)).toBe(true);
  });

  it("writes a symlinked note through to its target inside the vault, and keeps the link", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    rmSync(path.join(dir, INDEX));
    mkdirSync(path.join(dir, "Meta"));
    writeFileSync(path.join(dir, "Meta/Real index.md"), "# Real\n");
    symlinkSync("Meta/Real index.md", path.join(dir, INDEX));
    expect((await cli(dir)).code).toBe(0);
    expect(lstatSync(path.join(dir, INDEX)).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, INDEX))).toBe("Meta/Real index.md");
    expect(readFileSync(path.join(dir, "Meta/Real index.md"), "utf8")).toMatch(
      /^---\nepisodes: \d+\nupdated: 2026-03-01\n---\n# Real\n\n%% rotation-lens:begin %%/,
    );
  });

  it("refuses a symlinked note leading outside the vault, and never follows a link planted at a temporary name", async () => {
    const out = outsideDir();
    const secret = path.join(out, "secret.md");
    writeFileSync(secret, "do not touch\n");
    const dir = tempCopy(EXAMPLE_VAULT);
    rmSync(path.join(dir, INDEX));
    symlinkSync(secret, path.join(dir, INDEX));
    const r = await cli(dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is a link to .*outside the vault/);
    expect(readFileSync(secret, "utf8")).toBe("do not touch\n");

    const dir2 = tempCopy(EXAMPLE_VAULT);
    symlinkSync(secret, path.join(dir2, `${INDEX}.rotation-lens.tmp`));
    symlinkSync(secret, path.join(dir2, `.${INDEX}.tmp`));
    expect((await cli(dir2)).code).toBe(0);
    expect(readFileSync(secret, "utf8")).toBe("do not touch\n");
    expect(lstatSync(path.join(dir2, INDEX)).isSymbolicLink()).toBe(false);
  });

  it("refuses a read-only note and keeps its mode", async () => {
    const dir = vaultWith(readFileSync(path.join(CORPUS, "no properties.md")));
    const file = path.join(dir, INDEX);
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const r = await cli(dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/read-only/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it("keeps the note's permissions when it writes", async () => {
    const dir = vaultWith(readFileSync(path.join(CORPUS, "no properties.md")));
    const file = path.join(dir, INDEX);
    chmodSync(file, 0o640);
    expect((await cli(dir)).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
