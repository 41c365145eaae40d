/** @jest-environment jsdom */
import { readBlockYaml } from "../../src/core/parse/blockYaml";
import { readChartSpec, type TableChartSpec } from "../../src/core/charts/chartSpec";
import { runClassify } from "../../src/core/classify/runClassify";
import { selectTable } from "../../src/core/model/selectTable";
import { tableSeries } from "../../src/core/charts/tableSeries";
import { parseNote } from "../../src/core/parse/parseNote";
import { defaultTaxonomy } from "../../src/core/taxonomy/taxonomy";
import { Editor, MarkdownView, Modal, Notice, Setting } from "../fakes/obsidian";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { loadPlugin, started, until, type Loaded } from "../harness/testApp";

type Cmd = { callback?: () => unknown; checkCallback?: (c: boolean) => unknown; editorCallback?: (e: Editor, v: MarkdownView) => unknown };
const command = (l: Loaded, id: string): Cmd => (l.plugin as unknown as { commands: Map<string, Cmd> }).commands.get(id)!;
const SECTOR = "Sector Rotation.md";

function editorAt(l: Loaded, file: string, lineContaining: string): { editor: Editor; view: MarkdownView } {
  const text = l.app.vault.textOf(l.app.vault.getFileByPath(file)!);
  const line = text.split("\n").findIndex((x) => x.includes(lineContaining));
  const editor = new Editor(text, { line, ch: 0 });
  return { editor, view: new MarkdownView(l.app.vault.getFileByPath(file), editor) };
}

const inserted = (before: string, after: string): string => {
  const all = [...after.matchAll(/```rotation-(chart|classify)\n[\s\S]*?```/g)].map((x) => x[0]);
  const had = [...before.matchAll(/```rotation-(chart|classify)\n[\s\S]*?```/g)].map((x) => x[0]);
  return all.find((b) => !had.includes(b)) ?? "";
};

describe("commands", () => {
  it("insert a chart for the table under the cursor that renders as written", async () => {
    const l = await started(EXAMPLE_VAULT);
    const { editor, view } = editorAt(l, SECTOR, "| Sep | ~$4M |");
    const before = editor.getValue();
    await command(l, "insert-chart").editorCallback!(editor, view);
    const block = inserted(before, editor.getValue());
    expect(block).toBe('```rotation-chart\nsource: "[[#XMAG ETF]]"\ntable: 1\nx: Month\ny: Flow\ntype: bar\n```');
    const note = parseNote(SECTOR, editor.getValue());
    const spec = readChartSpec((readBlockYaml(block.split("\n").slice(1, -1).join("\n")) as { data: Record<string, unknown> }).data);
    expect(spec.ok).toBe(true);
    const t = selectTable(note, (spec as { spec: TableChartSpec }).spec.source, 1);
    const series = t.ok ? tableSeries(t.table, (spec as { spec: TableChartSpec }).spec, note.title) : null;
    expect(series?.ok && series.chart.series[0].values.at(-1)).toBe(38e6);
  });

  it("insert a classifier for a decision table that gives that table's verdict", async () => {
    const l = await started(EXAMPLE_VAULT);
    const { editor, view } = editorAt(l, SECTOR, "| **Broad selloff** |");
    const before = editor.getValue();
    await command(l, "insert-classifier").editorCallback!(editor, view);
    const block = inserted(before, editor.getValue());
    expect(block).toContain('rules: "[[Sector Rotation#Rotation signature pattern]]"');
    const data = (readBlockYaml(block.split("\n").slice(1, -1).join("\n")) as { data: Record<string, unknown> }).data;
    const note = parseNote(SECTOR, editor.getValue());
    const r = await runClassify(data, { note: async () => note, asOf: "2026-03-01", taxonomy: defaultTaxonomy });
    expect(r.ok && r.verdict.label).toBe("Broad selloff");
  });

  it("show the episodes read from the active note, with the lines they came from", async () => {
    const l = await started(EXAMPLE_VAULT);
    l.app.workspace.activeFile = l.app.vault.getFileByPath(SECTOR);
    expect(command(l, "show-note-episodes").checkCallback!(true)).toBe(true);
    const before = Modal.opened.length;
    command(l, "show-note-episodes").checkCallback!(false);
    await until(() => Modal.opened.length > before);
    const modal = Modal.opened.at(-1)!;
    expect(modal.titleEl.textContent).toBe("Episodes read from Sector Rotation");
    expect(modal.contentEl.textContent).toContain("2000-02: Growth → Value");
    expect(modal.contentEl.textContent).toMatch(/divergence: Sector Rotation\.md line \d+ \(2000-02: Dot-com bust\)/);
  });

  it("export episodes as CSV and as JSON into the vault", async () => {
    const l = await started(EXAMPLE_VAULT);
    await command(l, "export-episodes-csv").callback!();
    await command(l, "export-episodes-json").callback!();
    await until(
      () => l.app.vault.getFileByPath("Rotation episodes.json") !== null && l.app.vault.getFileByPath("Rotation episodes.csv") !== null,
    );
    const csv = l.app.vault.textOf(l.app.vault.getFileByPath("Rotation episodes.csv")!).trim().split("\n");
    expect(csv[0]).toBe("id,period,start,end,ongoing,duration_months,rotation,type,trigger,sell_side,buy_side,divergence_pp,source");
    expect(csv).toHaveLength(15);
    const json = JSON.parse(l.app.vault.textOf(l.app.vault.getFileByPath("Rotation episodes.json")!)) as {
      asOf: string;
      episodes: unknown[];
    };
    expect(json.asOf).toBe("2026-03-01");
    expect(json.episodes).toHaveLength(14);
    // A second export never overwrites the first (which the user may have edited): it takes the next free name.
    const first = l.app.vault.getFileByPath("Rotation episodes.csv")!;
    await l.app.vault.modify(first, "my own notes\n");
    const shown = Notice.shown.length;
    await command(l, "export-episodes-csv").callback!();
    await until(() => Notice.shown.length > shown);
    expect(Notice.shown.at(-1)).toBe("Exported 14 episodes to Rotation episodes 1.csv.");
    expect(l.app.vault.textOf(first)).toBe("my own notes\n");
    expect(l.app.vault.textOf(l.app.vault.getFileByPath("Rotation episodes 1.csv")!).split("\n")[0]).toBe(csv[0]);
    await command(l, "export-episodes-json").callback!();
    await until(() => Notice.shown.at(-1) === "Exported 14 episodes to Rotation episodes 1.json.");
  });

  it("open the index note, creating it first when missing", async () => {
    const l = await started(EXAMPLE_VAULT);
    await l.app.fileManager.trashFile(l.app.vault.getFileByPath("Historical rotations.md")!);
    await command(l, "open-index").callback!();
    await until(() => l.app.workspace.opened.length > 0);
    expect(l.app.vault.getFileByPath("Historical rotations.md")).not.toBeNull();
    expect(l.app.workspace.opened.at(-1)?.linktext).toBe("Historical rotations.md");
  });
});

describe("settings", () => {
  it("show a taxonomy YAML error beside the field and save only valid additions", async () => {
    const l = await loadPlugin(EXAMPLE_VAULT);
    Setting.all = [];
    const tab = (l.plugin as unknown as { settingTabs: { display(): void; containerEl: HTMLElement }[] }).settingTabs[0];
    tab.display();
    const taxonomy = Setting.all.find((s) => s.name === "Taxonomy additions")!;
    const area = taxonomy.controls[0] as unknown as { simulate(v: string): Promise<void> };
    await area.simulate("ARKQ: [growth");
    expect(tab.containerEl.textContent).toMatch(/Taxonomy YAML/);
    expect(l.plugin.settings.taxonomyYaml).toBe("");
    await area.simulate("ARKQ: growth");
    expect(l.plugin.settings.taxonomyYaml).toBe("ARKQ: growth");
    expect(await (l.plugin as unknown as { loadData(): Promise<{ taxonomyYaml: string }> }).loadData()).toMatchObject({
      taxonomyYaml: "ARKQ: growth",
    });
    expect(Setting.all.map((s) => s.name)).toEqual([
      "Index note",
      "Folders to read",
      "Folders to skip",
      "Refresh automatically",
      "Refresh delay",
      "Taxonomy additions",
      "As-of date",
      "Animate charts",
      "Episode notes folder",
    ]);
  });

  it("stop reading excluded folders", async () => {
    const l = await started(EXAMPLE_VAULT);
    expect(
      l.plugin.index.episodeIndex.episodes("2026-03-01").some((e) => e.sources.some((s) => s.path === "Energy rotation 2022.md")),
    ).toBe(true);
    await l.app.fileManager.renameFile(l.app.vault.getFileByPath("Energy rotation 2022.md")!, "Archive/Energy rotation 2022.md");
    await l.plugin.updateSettings({ excludeFolders: ["Archive"] });
    await l.plugin.index.whenReady();
    expect(l.plugin.index.episodeIndex.episodes("2026-03-01").some((e) => e.sources.some((s) => s.path.startsWith("Archive/")))).toBe(
      false,
    );
  });
});
