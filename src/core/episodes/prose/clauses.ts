/** Where a side written after its marker stops: the first of a list of clause breaks after a position. */

export function firstStop(lower: string, from: number, stops: readonly string[]): number {
  let end = lower.length;
  for (const s of stops) {
    const at = lower.indexOf(s, from);
    if (at !== -1 && at < end) end = at;
  }
  return end;
}
