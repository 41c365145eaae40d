/**
 * An episode-table row as a new episode note: its file name and its text, the README's episode-note properties and a
 * link back to the row.
 */
import { trimChars } from "../text/trimChars";
import { Document, isCollection } from "yaml";
import type { Candidate } from "../episodes/types";

/** The README's episode-note schema, in its order, then the link back. */
type EpisodeNoteKey = "rotation" | "period" | "start" | "end" | "trigger" | "sell" | "buy" | "duration" | "legs" | "status" | "source";

const LIST_KEYS = new Set(["sell", "buy", "legs"]);

function episodeNoteProperties(row: Candidate, source: string): Record<EpisodeNoteKey, unknown> {
  return {
    rotation: row.rotation ?? `${row.from} → ${row.to}`,
    period: row.period,
    start: row.start,
    end: row.end,
    trigger: row.trigger,
    sell: row.sellSide,
    buy: row.buySide,
    duration: row.durationText,
    legs: row.legs.map((l) => l.raw),
    status: row.ongoing === true ? "ongoing" : row.ongoing === false || row.end !== null ? "ended" : null,
    source,
  };
}

/** The whole note: properties only (lists in flow style, as the README writes them; an unknown value left empty). */
export function episodeNoteText(row: Candidate, source: string): string {
  const doc = new Document(episodeNoteProperties(row, source));
  for (const key of LIST_KEYS) {
    const node = doc.get(key, true);
    if (isCollection(node)) node.flow = true;
  }
  const yaml = doc.toString({ nullStr: "", lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml.replace(/: *$/gm, ":")}---\n`;
}

/** "2022 Growth → Value": the period (or start) and the rotation, without characters a file name cannot hold. */
export function episodeNoteName(row: Candidate): string {
  const name = `${row.period ?? row.start ?? ""} ${row.rotation ?? `${row.from} → ${row.to}`}`
    // eslint-disable-next-line no-control-regex -- control characters cannot be in a file name
    .replace(/[\\/:*?"<>|#^[\]\u0000-\u001F]/g, " ")
    .replace(/\s+/g, " ");
  // Dots are trimmed from the ends by index (a leading dot hides a file; `/\.+$/` retries every run of dots).
  const trimmed = trimChars(name.trim(), ".").slice(0, 120).trim();
  return trimmed === "" ? "Episode" : trimmed;
}

/** A wikilink to the row: its table's block id (`^id`), else its heading when a link can name it, else the note. */
export function rowLink(linktext: string, heading: string | null, blockId: string | null = null): string {
  if (blockId) return `[[${linktext}#^${blockId}]]`;
  return heading !== null && heading !== "" && !/[#|^[\]]/.test(heading) ? `[[${linktext}#${heading}]]` : `[[${linktext}]]`;
}
