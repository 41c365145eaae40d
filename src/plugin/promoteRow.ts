/** "Create an episode note from this row": the command and the editor menu entry that turn an episode-table row into a new episode note. */
import { Notice, TFile, TFolder, normalizePath, type Editor, type Plugin } from "obsidian";
import { extractEpisodes } from "../core/episodes/extractEpisodes";
import type { Candidate } from "../core/episodes/types";
import { tableAtLine } from "../core/model/selectTable";
import type { NoteModel } from "../core/model/types";
import { parseNote } from "../core/parse/parseNote";
import { episodeNoteName, episodeNoteText, rowLink } from "../core/promote/episodeNote";
import type { Lens } from "./lens";

const NAME = "Create an episode note from this row";

export function registerPromote(plugin: Plugin, lens: Lens): void {
  plugin.addCommand({ id: "promote-row", name: NAME, editorCallback: (editor, view) => void promoteRow(lens, editor, view.file) });
  plugin.registerEvent(
    plugin.app.workspace.on("editor-menu", (menu, editor, info) => {
      const file = info.file;
      // Offered only on a row that reads as an episode.
      if (file && rowAt(editor, file.path))
        menu.addItem((item) =>
          item
            .setTitle(NAME)
            .setIcon("file-plus")
            .onClick(() => void promoteRow(lens, editor, file)),
        );
    }),
  );
}

/** The episode the row under the cursor is read as; the editor's text, so unsaved typing counts. */
function rowAt(editor: Editor, path: string): { row: Candidate; note: NoteModel } | null {
  const text = editor.getValue();
  const line = editor.getCursor().line + 1;
  const note = parseNote(path, text);
  const row = extractEpisodes(note, text).candidates.find((c) => c.kind === "table" && c.source.line === line);
  return row ? { row, note } : null;
}

/** The new note's path, or null when nothing was written (not on a row, or the row has its note already). */
async function promoteRow(lens: Lens, editor: Editor, file: TFile | null): Promise<string | null> {
  if (!file) return null;
  const at = rowAt(editor, file.path);
  if (!at) {
    new Notice("Click in a row of an episode table (a period or rotation column and a side) to make it an episode note.");
    return null;
  }
  const { row, note } = at;
  const { vault, metadataCache, workspace } = lens.app;
  const folder = lens.settings.episodeFolder;
  const path = normalizePath(`${folder}/${episodeNoteName(row)}.md`);
  const source = rowLink(metadataCache.fileToLinktext(file, path), row.source.heading, tableAtLine(note, row.source.line)?.blockId ?? null);
  const existing = vault.getAbstractFileByPath(path) ?? promotedBefore(lens, row, source);
  if (existing) {
    new Notice(`This row already has an episode note: ${existing.path}. Nothing was changed.`);
    return null;
  }
  try {
    if (folder !== "" && !(vault.getAbstractFileByPath(folder) instanceof TFolder)) await vault.createFolder(folder);
    await vault.create(path, episodeNoteText(row, source));
  } catch (e) {
    new Notice(`Rotation Lens could not create ${path}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  await workspace.openLinkText(path, "", false);
  return path;
}

/** A note made from this row before and since renamed or moved: same link back, rotation and period. */
function promotedBefore(lens: Lens, row: Candidate, source: string): TFile | null {
  const { vault, metadataCache } = lens.app;
  return (
    vault.getMarkdownFiles().find((f) => {
      const fm = metadataCache.getFileCache(f)?.frontmatter;
      return fm?.source === source && fm.rotation === row.rotation && String(fm.period ?? "") === (row.period ?? "");
    }) ?? null
  );
}
