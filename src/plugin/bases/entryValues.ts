/**
 * A Bases entry read for the timeline: values as text, a note's own front matter when a shown date does not read, the
 * index's type as a fallback colour.
 */
import type { App, BasesEntry, BasesPropertyId, BasesViewConfig } from "obsidian";
import { bound, type TimelineEntry } from "../../core/charts/timelineEntries";

/** The properties a timeline view reads, from its options. */
export interface TimelineProps {
  start: BasesPropertyId;
  end: BasesPropertyId;
  label: BasesPropertyId;
  colour: BasesPropertyId;
}

/** At most this many lines on hover. */
const MAX_DETAILS = 12;

export function toTimelineEntry(
  app: App,
  entry: BasesEntry,
  props: TimelineProps,
  config: BasesViewConfig,
  visible: BasesPropertyId[],
  typeOf: ReadonlyMap<string, string>,
): TimelineEntry {
  const start = dateText(app, entry, props.start);
  const end = dateText(app, entry, props.end);
  // An episode note says `status: ended`; without an end it has nothing to draw to, so it is counted, not guessed.
  const ended = textOf(entry, "note.status")?.toLowerCase() === "ended";
  const ongoing = end === null && !ended;
  const details = [`${start ?? "?"} → ${end ?? (ongoing ? "ongoing" : "?")}`];
  for (const id of visible.length > 0 ? visible : [props.label, props.colour]) {
    const text = textOf(entry, id);
    if (text !== null && details.length < MAX_DETAILS) details.push(`${config.getDisplayName(id)}: ${text}`);
  }
  return {
    label: textOf(entry, props.label) ?? entry.file.basename,
    start,
    end,
    colourKey: textOf(entry, props.colour) ?? (props.colour === "note.type" ? (typeOf.get(entry.file.path) ?? null) : null),
    ongoing,
    details,
  };
}

/** A value as Bases shows it; null when empty (or when the property cannot be evaluated). */
function textOf(entry: BasesEntry, id: BasesPropertyId): string | null {
  let value;
  try {
    value = entry.getValue(id);
  } catch {
    return null;
  }
  if (value === null || !value.isTruthy()) return null;
  const text = value.toString().trim();
  return text === "" ? null : text;
}

/** Date text: as shown when Rotation Lens can read it, else the note's own front matter (a date shown in the user's format). */
function dateText(app: App, entry: BasesEntry, id: BasesPropertyId): string | null {
  const shown = textOf(entry, id);
  if (shown !== null && bound(shown, "start") !== null) return shown;
  if (!id.startsWith("note.")) return shown;
  const raw: unknown = app.metadataCache.getFileCache(entry.file)?.frontmatter?.[id.slice("note.".length)];
  return typeof raw === "string" || typeof raw === "number" ? String(raw) : shown;
}
