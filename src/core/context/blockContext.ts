/** What a host (the plugin or the CLI) hands a block's evaluator, and the message a block shows in place of its chart or verdict. */
import type { Episode } from "../episodes/types";
import type { NoteModel } from "../model/types";
import type { Taxonomy } from "../taxonomy/taxonomy";

export interface BlockContext {
  /** The note a link names, from the note holding the block ("" is that note); null when there is none. */
  note: (linktext: string) => Promise<NoteModel | null>;
  /** The vault's episodes as of the context's date (asked for only by `data: episodes` charts). */
  episodes: () => Promise<Episode[]>;
  asOf: string;
  taxonomy: Taxonomy;
}

/** What a block shows in place of its chart or verdict. */
export interface BlockMessage {
  ok: false;
  title: string;
  detail: string;
  hint?: string;
}

export function blockMessage(title: string, detail: string, hint?: string): BlockMessage {
  return hint === undefined ? { ok: false, title, detail } : { ok: false, title, detail, hint };
}
