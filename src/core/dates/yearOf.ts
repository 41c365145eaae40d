/** A date as a fractional year, so periods share one linear axis (the timelines) without a date adapter. */

export function yearOf(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return d.getUTCFullYear() + (d.getTime() - start) / (365.25 * 86400000);
}
