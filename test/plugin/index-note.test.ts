/** @jest-environment jsdom */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import { BEGIN, END } from "../../src/core/parse/generatedRegion";
import { regionBody } from "../helpers/region";
import { seeded } from "../../bench/syntheticVault";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { started as startedIn, tempCopy, until, type Loaded } from "../harness/testApp";
import { Notice } from "../fakes/obsidian";

const INDEX = "Historical rotations.md";
const AS_OF = "2026-03-01";

/** The example vault as a user first has it: the index note holds only their own words. */
function pristineCopy(): string {
  const dir = tempCopy(EXAMPLE_VAULT);
  const file = path.join(dir, INDEX);
  const original = readFileSync(file, "utf8");
  writeFileSync(
    file,
    outside(original)
      .replace(/^---\n[\s\S]*?\n---\n/, "")
      .replace(/\n+$/, "\n"),
  );
  return dir;
}

/** The harness's usual start (as of 2026-03-01, refresh off) over a pristine copy. */
const started = (): Promise<Loaded> => startedIn(pristineCopy());

const text = (l: Loaded, p = INDEX): string => l.app.vault.textOf(l.app.vault.getFileByPath(p)!);

/** Split a note into the user's text outside the region and the region itself. */
function outside(t: string): string {
  const b = t.indexOf(BEGIN);
  const e = t.indexOf(END);
  return b === -1 ? t : t.slice(0, b) + t.slice(e + END.length);
}

describe("the Historical rotations index note", () => {
  it("is built at startup from the vault, below the user's own text, with its properties", async () => {
    const l = await started();
    expect(await l.plugin.refreshIndexNote(false)).toBe("updated");
    const t = text(l);
    expect(t).toMatch(/^---\nepisodes: 14\nupdated: 2026-03-01\n---\n# Historical rotations\n\nMy running list/);
    const region = regionBody(t)!;
    expect(region).toContain("*14 episodes, 4 ongoing, as of 2026-03-01.");
    expect(region).toContain("| 2022 | Growth → Value | growth-to-value | Fed hiking cycle |");
    expect(region).toContain("[[Sector Rotation#Historical rotations\\|Sector Rotation]]");
    expect(region).toContain("```rotation-chart\ndata: episodes\ntype: timeline");
  });

  it("writes nothing on a second refresh when nothing changed", async () => {
    const l = await started();
    await l.plugin.refreshIndexNote(false);
    const writes = l.app.vault.writes;
    const before = text(l);
    expect(await l.plugin.refreshIndexNote(false)).toBe("unchanged");
    expect(l.app.vault.writes).toBe(writes);
    expect(text(l)).toBe(before);
  });

  it("changes when a source note changes, and not when only the user's text in the index note does", async () => {
    const l = await started();
    await l.plugin.refreshIndexNote(false);
    const src = "Sector Rotation.md";
    await l.app.vault.userEdit(
      src,
      text(l, src).replace(
        "| **2016** | Growth → Value | Election reflation trade |",
        "| **2016** | Growth → Value | Post-election reflation |",
      ),
    );
    await l.plugin.index.flush();
    expect(await l.plugin.refreshIndexNote(false)).toBe("updated");
    expect(text(l)).toContain("Post-election reflation");

    await l.app.vault.userEdit(INDEX, text(l).replace("My running list", "My long-running list"));
    await l.plugin.index.flush();
    const writes = l.app.vault.writes;
    expect(await l.plugin.refreshIndexNote(false)).toBe("unchanged");
    expect(l.app.vault.writes).toBe(writes);
    expect(text(l)).toContain("My long-running list");
  });

  it("keeps the user's text byte for byte over 100 random interleavings of edits and refreshes", async () => {
    const l = await started();
    const rnd = seeded(2026);
    const src = "Small cap rotation 2026.md";
    await l.plugin.refreshIndexNote(false);
    const body = (t: string): string => outside(t).replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
    let userText = body(text(l));
    for (let step = 0; step < 100; step++) {
      const r = rnd();
      if (r < 0.35) {
        const current = text(l);
        const b = current.indexOf(BEGIN);
        const addition = `\nnote ${step} %% not a marker %% | a | b |\r\n`;
        const next = rnd() < 0.5 || b === -1 ? current + addition : current.slice(0, b) + addition + current.slice(b);
        await l.app.vault.userEdit(INDEX, next);
        userText = body(next);
      } else if (r < 0.6) {
        await l.app.vault.userEdit(src, text(l, src).replace(/IWM \+\d+%/, `IWM +${step}%`));
        await l.plugin.index.flush();
      } else {
        await l.plugin.refreshIndexNote(false);
      }
      expect(body(text(l))).toBe(userText);
    }
  });

  it("follows a renamed source note and drops a deleted one", async () => {
    const l = await started();
    await l.plugin.refreshIndexNote(false);
    const file = l.app.vault.getFileByPath("Energy rotation 2022.md")!;
    await l.app.fileManager.renameFile(file, "Episodes/Energy 2022.md");
    await l.plugin.index.flush();
    await l.plugin.refreshIndexNote(false);
    expect(text(l)).toContain("[[Episodes/Energy 2022\\|Energy 2022]]");
    expect(text(l)).not.toContain("[[Energy rotation 2022");

    await l.app.fileManager.trashFile(l.app.vault.getFileByPath("Small cap rotation 2026.md")!);
    await l.plugin.refreshIndexNote(false);
    expect(regionBody(text(l))).not.toContain("Small cap rotation 2026");
  });

  it("leaves a note with damaged markers alone and says how to repair it", async () => {
    const l = await started();
    const damaged = `${text(l)}\n${BEGIN}\nmy notes\n`;
    await l.app.vault.userEdit(INDEX, damaged);
    expect(await l.plugin.refreshIndexNote(true)).toBe("damaged");
    expect(text(l)).toBe(damaged);
    expect(Notice.shown.at(-1)).toMatch(/begin marker on line \d+ but no end marker|2 begin markers/);
  });

  it("is written the same by the CLI and by the plugin for the same vault and date", async () => {
    const l = await started();
    await l.plugin.refreshIndexNote(false);
    const dir = pristineCopy();
    const out: string[] = [];
    const code = await runCli(["index", dir, "--write", "--as-of", AS_OF], {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      errIsTTY: false,
      today: "2026-11-25",
    });
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, INDEX), "utf8")).toBe(text(l));
  });

  it("refreshes by itself when auto-refresh is on, and again after an edit", async () => {
    const l = await started();
    await l.plugin.updateSettings({ autoRefresh: true, refreshDelayMs: 5 });
    await until(() => text(l).includes(BEGIN));
    const src = "Sector Rotation.md";
    await l.app.vault.userEdit(
      src,
      text(l, src).replace(
        "| **2016** | Growth → Value | Election reflation trade |",
        "| **2016** | Growth → Value | Reflation after the vote |",
      ),
    );
    await until(() => text(l).includes("Reflation after the vote"));
  });
});
