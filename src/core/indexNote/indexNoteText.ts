/** The whole index note as the CLI writes it: the user's text untouched, the region refreshed, and two properties kept current. */
import { replaceRegion } from "./region";

export const INDEX_TITLE_INTRO = "Rotation Lens keeps the list below current from your research notes. Write anything you like above or below it.";

export interface IndexProperties {
  episodes: number;
  updated: string;
}

export type IndexNoteResult = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

/** A fresh index note, for when none exists yet. */
export function newIndexNote(title: string): string {
  return `# ${title}\n\n${INDEX_TITLE_INTRO}\n`;
}

/**
 * The next text of the index note. `updated` moves only when the region's text changes, so a refresh
 * that finds nothing new leaves the file byte for byte as it was.
 */
export function nextIndexNote(current: string, region: string, props: IndexProperties): IndexNoteResult {
  const replaced = replaceRegion(current, region);
  if (!replaced.ok) return replaced;
  if (replaced.text === current && readEpisodesProperty(current) === props.episodes) return { ok: true, text: current, changed: false };
  const text = setProperties(replaced.text, { episodes: String(props.episodes), updated: props.updated });
  return { ok: true, text, changed: text !== current };
}

function readEpisodesProperty(text: string): number | null {
  const m = /^---\r?\n(?:[^\n]*\n)*?episodes:\s*(\d+)\s*\r?\n(?:[^\n]*\n)*?---/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Set `key: value` lines in the front matter, adding the block or the keys where missing; other lines untouched. */
export function setProperties(text: string, values: Record<string, string>): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const fm = /^---\r?\n([\s\S]*?)\r?\n?---(\r?\n|$)/.exec(text);
  if (!fm) {
    const block = Object.entries(values).map(([k, v]) => `${k}: ${v}`).join(eol);
    return `---${eol}${block}${eol}---${eol}${text}`;
  }
  let lines = fm[1] === "" ? [] : fm[1].split(/\r?\n/);
  for (const [k, v] of Object.entries(values)) {
    const at = lines.findIndex((l) => l.startsWith(`${k}:`));
    if (at === -1) lines = [...lines, `${k}: ${v}`];
    else lines[at] = `${k}: ${v}`;
  }
  return `---${eol}${lines.join(eol)}${eol}---${fm[2] || eol}${text.slice(fm[0].length)}`;
}
