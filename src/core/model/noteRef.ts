/** Reads the `source:` of a block: `[[Note]]`, `[[Note#Heading]]`, `[[Note#^block]]`, `Note#Heading`, or nothing (this note). */

export interface NoteRef {
  /** Link text of the note; "" means the note holding the block. */
  note: string;
  heading: string | null;
  block: string | null;
}

export function parseNoteRef(text: string | null | undefined): NoteRef {
  let t = (text ?? "").trim();
  if (t.startsWith("!")) t = t.slice(1);
  if (t.startsWith("[[") && t.endsWith("]]")) t = t.slice(2, -2);
  const bar = t.indexOf("|");
  if (bar !== -1) t = t.slice(0, bar);
  const hash = t.indexOf("#");
  const note = (hash === -1 ? t : t.slice(0, hash)).trim().replace(/\.md$/i, "");
  const rest = hash === -1 ? "" : t.slice(hash + 1).trim();
  if (rest.startsWith("^")) return { note, heading: null, block: rest.slice(1) };
  // Obsidian writes nested headings as `Note#H1#H2`; the last one is the one meant.
  const parts = rest
    .split("#")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return { note, heading: parts.length ? parts[parts.length - 1] : null, block: null };
}
