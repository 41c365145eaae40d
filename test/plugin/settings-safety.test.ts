/** @jest-environment jsdom */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { Notice, Setting } from "../fakes/obsidian";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { exampleEpisodeCount } from "../helpers/loadVault";
import { loadPlugin, startUp, tempCopy } from "../harness/testApp";

const FOLDER = ".obsidian/plugins/rotation-lens";

/** A copy of the example vault with data.json holding `text`. */
function vaultWithData(text: string): string {
  const dir = tempCopy(EXAMPLE_VAULT);
  mkdirSync(path.join(dir, FOLDER), { recursive: true });
  writeFileSync(path.join(dir, FOLDER, "data.json"), text);
  return dir;
}
const read = (dir: string, name: string): string => readFileSync(path.join(dir, FOLDER, name), "utf8");

describe("a data.json that does not parse", () => {
  const truncated = '{"indexNotePath": "Research/Rotations.md", "includeFolders": ["Research"], "taxonomyYaml": "ARKK: gro';

  it("is copied to data.json.bak, byte for byte, and a notice says so before defaults apply", async () => {
    const dir = vaultWithData(truncated);
    const l = await loadPlugin(dir, { copy: false });
    expect(read(dir, "data.json.bak")).toBe(truncated);
    expect(l.plugin.settings).toEqual({ ...DEFAULT_SETTINGS });
    expect(Notice.shown).toEqual([
      `Rotation Lens: the settings could not be fully read. data.json is not valid JSON. A copy is kept in ${FOLDER}/data.json.bak; defaults apply where needed.`,
    ]);
    expect(JSON.parse(read(dir, "data.json"))).toEqual({ ...DEFAULT_SETTINGS });
  });

  it("never overwrites an earlier backup holding other text", async () => {
    const dir = vaultWithData(truncated);
    writeFileSync(path.join(dir, FOLDER, "data.json.bak"), "an older copy");
    await loadPlugin(dir, { copy: false });
    expect(read(dir, "data.json.bak")).toBe("an older copy");
    expect(read(dir, "data.json.1.bak")).toBe(truncated);
  });

  it("holding an invalid value is copied too, before that value is reset; the valid ones and unknown keys stay", async () => {
    const text = JSON.stringify({ indexNotePath: "../../outside/Stolen.md", autoRefresh: false, futureKey: 7 });
    const dir = vaultWithData(text);
    const l = await loadPlugin(dir, { copy: false });
    expect(read(dir, "data.json.bak")).toBe(text);
    expect(Notice.shown[0]).toMatch(
      /^Rotation Lens: the settings could not be fully read. Setting "indexNotePath" was invalid; default restored. A copy is kept in/,
    );
    expect(l.plugin.settings).toMatchObject({ indexNotePath: "Historical rotations.md", autoRefresh: false });
    expect(JSON.parse(read(dir, "data.json"))).toEqual({ ...DEFAULT_SETTINGS, autoRefresh: false, futureKey: 7 });
  });

  it("a valid data.json is neither copied nor rewritten at start", async () => {
    const text = JSON.stringify({ autoRefresh: false });
    const dir = vaultWithData(text);
    await loadPlugin(dir, { copy: false });
    expect(existsSync(path.join(dir, FOLDER, "data.json.bak"))).toBe(false);
    expect(read(dir, "data.json")).toBe(text);
    expect(Notice.shown).toEqual([]);
  });
});

describe("keys from a newer version", () => {
  it("are written back unchanged when the settings are saved", async () => {
    const dir = vaultWithData(JSON.stringify({ autoRefresh: true, chartPalette: { energy: "#f80" }, betaFlags: ["a", "b"] }));
    const l = await loadPlugin(dir, { copy: false });
    await l.plugin.updateSettings({ autoRefresh: false });
    expect(JSON.parse(read(dir, "data.json"))).toEqual({
      ...DEFAULT_SETTINGS,
      autoRefresh: false,
      chartPalette: { energy: "#f80" },
      betaFlags: ["a", "b"],
    });
  });
});

describe("the index note path", () => {
  /** The example vault with a rotation the user wrote in the index note, below the generated region. */
  async function indexedWith(indexNotePath: string): Promise<string[]> {
    const dir = vaultWithData(JSON.stringify({ indexNotePath, autoRefresh: false }));
    appendFileSync(
      path.join(dir, "Historical rotations.md"),
      "\n| Period | Rotation | Trigger | Sell side | Buy side | Duration |\n| --- | --- | --- | --- | --- | --- |\n| 2011 | Gold → Treasuries | Debt ceiling | GLD | TLT | 6 months |\n",
    );
    const l = await loadPlugin(dir, { copy: false });
    await startUp(l);
    return l.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => e.id);
  }

  it("written with a leading slash is the same note for the scope: the index note is never read as a source", async () => {
    expect(await indexedWith("Elsewhere.md")).toContain("2011-01-gold-treasuries");
    const ids = await indexedWith("/Historical rotations.md");
    expect(ids).toHaveLength(exampleEpisodeCount(EXAMPLE_VAULT).episodes);
    expect(ids).not.toContain("2011-01-gold-treasuries");
  });

  it("typed in the settings tab is saved normalised, and refused with a reason when it leaves the vault or names a folder", async () => {
    const dir = tempCopy(EXAMPLE_VAULT);
    mkdirSync(path.join(dir, "Archive.md"));
    const l = await loadPlugin(dir, { copy: false });
    Setting.all = [];
    const tab = (l.plugin as unknown as { settingTabs: { display(): void; containerEl: HTMLElement }[] }).settingTabs[0];
    tab.display();
    const field = Setting.all.find((s) => s.name === "Index note")!.controls[0] as unknown as { simulate(v: string): Promise<void> };
    await field.simulate("../../outside/Stolen.md");
    expect(tab.containerEl.textContent).toContain("The index note must stay inside the vault");
    expect(l.plugin.settings.indexNotePath).toBe("Historical rotations.md");
    await field.simulate("Archive.md");
    expect(tab.containerEl.textContent).toContain("Archive.md is a folder.");
    expect(l.plugin.settings.indexNotePath).toBe("Historical rotations.md");
    await field.simulate("/Research//Rotations.md");
    expect(l.plugin.settings.indexNotePath).toBe("Research/Rotations.md");
    expect(tab.containerEl.textContent).not.toContain("must");
  });
});
