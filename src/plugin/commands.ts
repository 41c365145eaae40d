/** The command palette actions. No default hotkeys: users choose their own. */
import { Notice, TFile, normalizePath, type Editor, type Plugin } from "obsidian";
import { parseNote } from "../core/parse/parseNote";
import { chartBlockFor } from "../core/charts/suggestChart";
import { classifyBlockFor } from "../core/classify/suggestClassify";
import { tableAtLine } from "../core/model/selectTable";
import { episodesToCsv, episodesToJsonText } from "../core/export/exportEpisodes";
import { freeName } from "../core/export/freeName";
import type { Lens } from "./lens";
import { EpisodesModal } from "./episodesModal";

export function registerCommands(plugin: Plugin, lens: Lens): void {
  plugin.addCommand({
    id: "refresh-index",
    name: "Refresh the historical rotations index",
    callback: () => void lens.refreshIndexNote(true),
  });
  plugin.addCommand({
    id: "open-index",
    name: "Open the historical rotations index",
    callback: () => void openIndex(lens),
  });
  plugin.addCommand({
    id: "insert-chart",
    name: "Insert a rotation chart for the current table",
    editorCallback: (editor, view) => insertForTable(editor, view.file, "chart"),
  });
  plugin.addCommand({
    id: "insert-classifier",
    name: "Insert a classifier block",
    editorCallback: (editor, view) => insertForTable(editor, view.file, "classify"),
  });
  plugin.addCommand({
    id: "show-note-episodes",
    name: "Show the episodes read from this note",
    checkCallback: (checking) => {
      const file = lens.app.workspace.getActiveFile();
      if (!file || file.extension !== "md") return false;
      if (!checking) void showEpisodes(lens, file);
      return true;
    },
  });
  plugin.addCommand({ id: "export-episodes-csv", name: "Export episodes as CSV", callback: () => void exportEpisodes(lens, "csv") });
  plugin.addCommand({ id: "export-episodes-json", name: "Export episodes as JSON", callback: () => void exportEpisodes(lens, "json") });
}

async function openIndex(lens: Lens): Promise<void> {
  const path = normalizePath(lens.settings.indexNotePath);
  if (!(lens.app.vault.getAbstractFileByPath(path) instanceof TFile)) await lens.refreshIndexNote(true);
  await lens.app.workspace.openLinkText(path, "", false);
}

function insertForTable(editor: Editor, file: TFile | null, kind: "chart" | "classify"): void {
  if (!file) return;
  // The editor may be ahead of the file on disk: read what the user sees.
  const model = parseNote(file.path, editor.getValue());
  const cursorLine = editor.getCursor().line + 1;
  const table = tableAtLine(model, cursorLine);
  let block: string | null;
  if (kind === "chart") {
    if (!table) {
      new Notice("Click inside a table (or just below it) to chart it.");
      return;
    }
    block = chartBlockFor(model, table);
    if (!block) {
      new Notice("This table has no column of figures to chart.");
      return;
    }
  } else block = classifyBlockFor(model, table);
  // Below the table (and its caption) when there is one, so the note's text is never split.
  const after = table ? Math.max(table.endLine, table.captionLine ?? 0) : cursorLine;
  const lineText = editor.getLine(after - 1);
  editor.replaceRange(`\n\n${block}\n`, { line: after - 1, ch: lineText.length });
}

async function showEpisodes(lens: Lens, file: TFile): Promise<void> {
  const episodes = (await lens.episodes()).filter((e) => e.sources.some((s) => s.path === file.path));
  new EpisodesModal(lens.app, file.basename, episodes).open();
}

async function exportEpisodes(lens: Lens, format: "csv" | "json"): Promise<void> {
  const episodes = await lens.episodes();
  const asOf = lens.asOf();
  const text = format === "csv" ? episodesToCsv(episodes) : episodesToJsonText(episodes, asOf);
  let path: string | null;
  try {
    path = await createFresh(lens, "Rotation episodes", format, text);
  } catch (e) {
    new Notice(`Rotation Lens could not export the episodes: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  new Notice(
    path === null
      ? "Rotation Lens could not export the episodes: every file name tried is taken."
      : `Exported ${episodes.length} episodes to ${path}.`,
  );
}

/** Create a new file under the first free name; an existing export is never overwritten. */
async function createFresh(lens: Lens, base: string, ext: string, text: string): Promise<string | null> {
  const { vault } = lens.app;
  const tried = new Set<string>();
  for (;;) {
    // A name is taken when a file has it, or when creating it failed (a file the vault has not listed yet).
    const name = freeName(base, ext, (p) => tried.has(p) || vault.getAbstractFileByPath(normalizePath(p)) !== null);
    if (name === null) return null;
    tried.add(name);
    try {
      await vault.create(normalizePath(name), text);
      return normalizePath(name);
    } catch (e) {
      if (!(await vault.adapter.exists(normalizePath(name)))) throw e;
    }
  }
}
