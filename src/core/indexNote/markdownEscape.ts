/**
 * Text from the user's notes and file names, made inert for the index note: no HTML, comment marker, link,
 * embed or tag from a source can become live there, and no line break can start a line of its own.
 */

/** Characters that would open markup in a table cell, as entities (rendered as the character itself). */
const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "[": "&#91;", "]": "&#93;", "#": "&#35;", "`": "&#96;", $: "&#36;" };

const NEEDS_ESCAPE = /[\n\r|\\%<>[\]#`$]/;

/** Table-safe, markup-free text: one line, pipes escaped, `%%` split, and `< > [ ] # \` $` as entities. */
export function inertCell(text: string): string {
  // Most cells hold none of these: one scan of a character class, and they come back as they are.
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" || ch === "\r") out += out.endsWith(" ") ? "" : " ";
    else if (ch === "|") out += "\\|";
    else if (ch === "\\") out += text[i + 1] === "|" ? "" : "\\\\";
    else if (ch === "%" && text[i + 1] === "%") {
      out += "%&#37;";
      i++;
    } else out += ENTITY[ch] ?? ch;
  }
  return out;
}

/** Characters a wikilink target cannot hold; a path with any of them is linked as a markdown link instead. */
const UNSAFE_TARGET = /[[\]|#^%<>\r\n`$]/;

/**
 * A link to a note (and heading) for a table cell: `[[Note#Heading\|Name]]` when the path is plain, else a
 * markdown link with the path percent-encoded, which Obsidian resolves the same way.
 */
export function noteLink(path: string, heading: string | null, name: string): string {
  const note = path.replace(/\.md$/i, "");
  const anchor = heading ? cleanHeading(heading) : "";
  if (!UNSAFE_TARGET.test(note)) return `[[${note}${anchor ? `#${anchor}` : ""}\\|${inertCell(name)}]]`;
  const url = path.split("/").map(encodeURIComponent).join("/") + (anchor ? `#${encodeURIComponent(anchor)}` : "");
  return `[${inertCell(name)}](${url})`;
}

/** A heading as a link anchor: the characters links reserve become spaces, runs of space one. */
function cleanHeading(heading: string): string {
  let out = "";
  for (const ch of heading) {
    const c = "#|^[]:%<>\\`\r\n\t".includes(ch) ? " " : ch;
    if (c !== " " || (out !== "" && !out.endsWith(" "))) out += c;
  }
  return out.trimEnd();
}
