/** One reading of a header, heading or row label for matching: markup, colons, case and spacing do not matter. */

/**
 * Obsidian drops a heading's colons and link brackets from the link that names it, and notes bold or
 * italicise labels freely: "**Sell side:**" and "sell side" are the same column.
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[[\]*_`~=:]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function sameLabel(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}
