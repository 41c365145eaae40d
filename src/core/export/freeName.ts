/** A file name no file has yet: "Rotation episodes.csv", else "Rotation episodes 1.csv", "Rotation episodes 2.csv"… */

/** The first of `base.ext`, `base 1.ext`, `base 2.ext`… that `taken` says is free; null after `limit` tries. */
export function freeName(base: string, ext: string, taken: (path: string) => boolean, limit = 1000): string | null {
  for (let n = 0; n < limit; n++) {
    const path = `${base}${n === 0 ? "" : ` ${n}`}.${ext}`;
    if (!taken(path)) return path;
  }
  return null;
}
