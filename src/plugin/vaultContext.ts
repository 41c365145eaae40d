/** The block context Obsidian's vault gives core's evaluators, seen from one note: the notes its links name and the vault's episodes. */
import { TFile } from "obsidian";
import type { BlockContext } from "../core/context/blockContext";
import type { NoteModel } from "../core/model/types";
import type { Lens } from "./lens";

/** Told what an evaluation read, so a live block can redraw when any of it changes. */
export interface ReadLog {
  /** A note path read, or the path a link would have named when no note has it yet. */
  note(path: string): void;
  episodes(): void;
}

const FORGET: ReadLog = { note: () => undefined, episodes: () => undefined };

export function vaultContext(lens: Lens, sourcePath: string, log: ReadLog = FORGET): BlockContext {
  return {
    note: (link) => noteFor(lens, sourcePath, link, log),
    episodes: () => {
      log.episodes();
      return lens.episodes();
    },
    asOf: lens.asOf(),
    taxonomy: lens.taxonomy,
  };
}

/** Resolve a link as Obsidian does from `sourcePath` ("" is that note itself). */
async function noteFor(lens: Lens, sourcePath: string, linktext: string, log: ReadLog): Promise<NoteModel | null> {
  const { metadataCache, vault } = lens.app;
  const file = linktext === "" ? vault.getAbstractFileByPath(sourcePath) : metadataCache.getFirstLinkpathDest(linktext, sourcePath);
  if (!(file instanceof TFile)) {
    if (linktext !== "") log.note(`${linktext}.md`);
    return null;
  }
  log.note(file.path);
  return lens.model(file);
}
