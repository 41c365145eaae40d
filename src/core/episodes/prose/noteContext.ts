/** What a note lends the dates of its prose: a year for months written without one, and a daily note's own day. */
import type { NoteModel } from "../../model/types";
import type { DateContext } from "./proseDates";

/**
 * The year a "since March" means: the year of the note's last update (else its creation). The stamp
 * only completes a date the text writes; it is never an episode's date itself.
 */
export function noteContext(note: NoteModel): DateContext {
  const stamp = [note.properties.updated, note.properties.created, note.properties.date].map(yearOf).find((y) => y !== undefined);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(note.title) ? note.title : undefined;
  return { year: stamp ?? (day ? Number(day.slice(0, 4)) : undefined), day };
}

function yearOf(v: unknown): number | undefined {
  const s = v instanceof Date ? v.toISOString() : typeof v === "string" || typeof v === "number" ? String(v) : "";
  const m = /^(\d{4})-\d{2}/.exec(s);
  return m ? Number(m[1]) : undefined;
}
