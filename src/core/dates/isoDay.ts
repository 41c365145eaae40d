/**
 * Dates as yyyy-MM-dd: a local date written so (without pulling date-fns's locale-aware formatter into the bundle), and
 * whether a text is one real day.
 */

export function isoDay(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, "0");
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-02-30" is not a day: the text must come back unchanged from the date it names. */
export function isIsoDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
