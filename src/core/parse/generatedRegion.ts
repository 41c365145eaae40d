/**
 * The two marker lines of Rotation Lens's generated region, and where such regions lie in a note: read by the episode
 * readers (to skip them) and the index note's writer.
 */

export const BEGIN = "%% rotation-lens:begin %%";
export const END = "%% rotation-lens:end %%";

/** Line spans (1-based, inclusive) between a begin marker and the next end marker; an unclosed region runs to the end. */
export function generatedSpans(text: string): [number, number][] {
  if (!text.includes(BEGIN)) return [];
  const spans: [number, number][] = [];
  let open: number | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === BEGIN && open === null) open = i + 1;
    else if (line === END && open !== null) {
      spans.push([open, i + 1]);
      open = null;
    }
  });
  if (open !== null) spans.push([open, Number.MAX_SAFE_INTEGER]);
  return spans;
}
