/** The generated region of the index note: found by its two marker lines, replaced without touching a byte outside them. */

export const BEGIN = "%% rotation-lens:begin %%";
export const END = "%% rotation-lens:end %%";

export type RegionFind =
  | { kind: "none" }
  | { kind: "ok"; bodyStart: number; bodyEnd: number }
  | { kind: "damaged"; reason: string };

export type RegionReplace = { ok: true; text: string } | { ok: false; reason: string };

interface MarkerLine {
  line: number;
  start: number;
  end: number;
}

/** Where the region's body lies (between the end of the begin line and the start of the end line), or why it cannot be used. */
export function findRegion(text: string): RegionFind {
  const begins: MarkerLine[] = [];
  const ends: MarkerLine[] = [];
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let nl = text.indexOf("\n", start);
    if (nl === -1) nl = text.length;
    const content = text.slice(start, nl).replace(/\r$/, "").trim();
    if (content === BEGIN) begins.push({ line, start, end: nl });
    else if (content === END) ends.push({ line, start, end: nl });
    start = nl + 1;
    line++;
  }
  if (begins.length === 0 && ends.length === 0) return { kind: "none" };
  const damaged = diagnose(begins, ends);
  if (damaged) return { kind: "damaged", reason: damaged };
  const bodyStart = Math.min(begins[0].end + 1, text.length);
  return { kind: "ok", bodyStart, bodyEnd: ends[0].start };
}

function diagnose(begins: MarkerLine[], ends: MarkerLine[]): string | null {
  const fix = `Keep exactly one line \`${BEGIN}\` above one line \`${END}\`, or delete both to let Rotation Lens add a fresh region at the end.`;
  if (begins.length === 0) return `The index note has an end marker on line ${ends[0].line} but no begin marker. ${fix}`;
  if (ends.length === 0) return `The index note has a begin marker on line ${begins[0].line} but no end marker. ${fix}`;
  if (begins.length > 1) return `The index note has ${begins.length} begin markers (lines ${begins.map((b) => b.line).join(", ")}). ${fix}`;
  if (ends.length > 1) return `The index note has ${ends.length} end markers (lines ${ends.map((e) => e.line).join(", ")}). ${fix}`;
  if (ends[0].line < begins[0].line) return `The index note's end marker (line ${ends[0].line}) comes before its begin marker (line ${begins[0].line}). ${fix}`;
  return null;
}

/** The note with its region's body set to `generated`; a note without markers gets the region appended. */
export function replaceRegion(text: string, generated: string): RegionReplace {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const body = generated.replace(/\r?\n/g, eol).replace(new RegExp(`(${eol})*$`), "");
  const found = findRegion(text);
  if (found.kind === "damaged") return { ok: false, reason: found.reason };
  if (found.kind === "none") {
    // One blank line between the user's text and the region.
    const sep = text === "" || /(\r?\n){2}$/.test(text) ? "" : text.endsWith("\n") ? eol : eol + eol;
    return { ok: true, text: `${text}${sep}${BEGIN}${eol}${body}${eol}${END}${eol}` };
  }
  return { ok: true, text: `${text.slice(0, found.bodyStart)}${body}${eol}${text.slice(found.bodyEnd)}` };
}

/** The region's current body, or null. */
export function regionBody(text: string): string | null {
  const found = findRegion(text);
  return found.kind === "ok" ? text.slice(found.bodyStart, found.bodyEnd) : null;
}
