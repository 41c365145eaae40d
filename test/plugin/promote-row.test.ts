/** @jest-environment jsdom */
import { Editor, MarkdownView, MemoryStore, Menu, Notice } from "../fakes/obsidian";
import { started as startedIn, until, type Loaded } from "../harness/testApp";
import { README_2022_NOTE as EXPECTED, README_NOTE } from "../helpers/readmeNote";

const NOTE = "Sector Rotation.md";
const PROMOTED = "Episodes/2022 Growth → Value.md";

const started = (): Promise<Loaded> => startedIn(new MemoryStore({ [NOTE]: README_NOTE }));

/** The note open in an editor with the cursor on the first line holding `text`. */
function editorOn(l: Loaded, text: string): MarkdownView {
  const file = l.app.vault.getFileByPath(NOTE)!;
  const body = l.app.vault.textOf(file);
  return new MarkdownView(file, new Editor(body, { line: body.split("\n").findIndex((x) => x.includes(text)), ch: 2 }));
}

/** What right-clicking in the editor offers. */
function menuAt(l: Loaded, view: MarkdownView): Menu {
  const menu = new Menu();
  l.app.workspace.trigger("editor-menu", menu, view.editor, view);
  return menu;
}

const episodes2022 = (l: Loaded): { sources: { path: string }[] }[] =>
  l.plugin.index.episodeIndex.episodes("2026-03-01").filter((e) => e.start?.startsWith("2022"));

describe("Create an episode note from this row", () => {
  it("turns the README's example row into a note with exactly the episode-note schema, opens it, and the index keeps one episode with two sources", async () => {
    const l = await started();
    expect(episodes2022(l).map((e) => e.sources.map((s) => s.path))).toEqual([[NOTE]]);
    const menu = menuAt(l, editorOn(l, "| **2022** |"));
    expect(menu.items.map((i) => i.title)).toEqual(["Create an episode note from this row"]);
    await menu.items[0].click();
    await until(() => l.app.vault.getFileByPath(PROMOTED) !== null);
    expect(l.app.vault.textOf(l.app.vault.getFileByPath(PROMOTED)!)).toBe(EXPECTED);
    await until(() => l.app.workspace.opened.length > 0);
    expect(l.app.workspace.opened.map((o) => o.linktext)).toEqual([PROMOTED]);
    // The row and the note are one episode, read from both.
    await until(() => episodes2022(l).some((e) => e.sources.length === 2));
    expect(episodes2022(l)).toHaveLength(1);
    expect(
      episodes2022(l)[0]
        .sources.map((s) => s.path)
        .sort(),
    ).toEqual([PROMOTED, NOTE].sort());
    expect(l.plugin.index.episodeIndex.episodes("2026-03-01")).toHaveLength(2);
  });

  it("refuses politely to promote the same row twice, even after the note was renamed, and writes nothing", async () => {
    const l = await started();
    const command = (
      l.plugin as unknown as { commands: Map<string, { editorCallback(e: Editor, v: MarkdownView): unknown }> }
    ).commands.get("promote-row")!;
    const view = editorOn(l, "| **2022** |");
    command.editorCallback(view.editor, view);
    await until(() => l.app.vault.getFileByPath(PROMOTED) !== null);
    const writes = l.app.vault.writes;
    command.editorCallback(view.editor, view);
    await until(() => Notice.shown.some((n) => n.includes("already has an episode note")));
    expect(Notice.shown.at(-1)).toBe(`This row already has an episode note: ${PROMOTED}. Nothing was changed.`);
    await l.app.fileManager.renameFile(l.app.vault.getFileByPath(PROMOTED)!, "Episodes/Fed 2022.md");
    Notice.shown = [];
    command.editorCallback(view.editor, view);
    await until(() => Notice.shown.length > 0);
    expect(Notice.shown).toEqual(["This row already has an episode note: Episodes/Fed 2022.md. Nothing was changed."]);
    expect(l.app.vault.writes).toBe(writes);
    expect(l.app.vault.getFileByPath(PROMOTED)).toBeNull();
  });

  it("is offered only on a row of an episode table, and says how to use it elsewhere", async () => {
    const l = await started();
    expect(menuAt(l, editorOn(l, "| Period | Rotation |")).items).toEqual([]);
    expect(menuAt(l, editorOn(l, "*XLE vs QQQ")).items).toEqual([]);
    const view = editorOn(l, "### 2022: Fed hiking cycle");
    (l.plugin as unknown as { commands: Map<string, { editorCallback(e: Editor, v: MarkdownView): unknown }> }).commands
      .get("promote-row")!
      .editorCallback(view.editor, view);
    await until(() => Notice.shown.length > 0);
    expect(Notice.shown).toEqual([
      "Click in a row of an episode table (a period or rotation column and a side) to make it an episode note.",
    ]);
  });

  it("writes into the folder the settings name (the vault's root when blank)", async () => {
    const l = await started();
    await l.plugin.updateSettings({ episodeFolder: "" });
    await menuAt(l, editorOn(l, "| **2018 Q4** |")).items[0].click();
    await until(() => l.app.vault.getFileByPath("2018 Q4 Risk-off.md") !== null);
    expect(l.app.vault.textOf(l.app.vault.getFileByPath("2018 Q4 Risk-off.md")!)).toContain(
      'source: "[[Sector Rotation#Historical rotations]]"\n',
    );
  });
});
