/** A local date as yyyy-MM-dd, without pulling date-fns's locale-aware formatter into the bundle. */

export function isoDay(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, "0");
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
