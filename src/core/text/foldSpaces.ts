/**
 * Runs of white space folded to one space, in one pass. Patterns then match gaps with ` ?` instead of `\s*`,
 * which cannot backtrack over a long run of spaces: the way this project keeps regexes linear on user text.
 */
export function foldSpaces(s: string): string {
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || c === 0xa0 || (c === 32 && s.charCodeAt(i + 1) === 32)) plain = false;
  }
  // Most text has nothing to fold and comes back as it is.
  if (plain) return s;
  let out = "";
  let space = false;
  for (const ch of s) {
    const isSpace = ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u00a0";
    if (!isSpace) out += ch;
    else if (!space) out += " ";
    space = isSpace;
  }
  return out;
}
