/** Splits note text into lines, whatever the line endings (CRLF, LF, lone CR) and without a leading BOM. */

export function splitLines(text: string): string[] {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Two plain searches beat one character-class regex here; most notes have neither CR nor NUL.
  const cr = t.includes("\r");
  // NUL bytes come from damaged files; they would confuse every later step and show as nothing anyway.
  if (t.includes("\0")) t = t.replace(/\0/g, "\uFFFD");
  return cr ? t.split(/\r\n|\r|\n/) : t.split("\n");
}
