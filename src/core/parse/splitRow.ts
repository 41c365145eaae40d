/** Splits a table row into raw cells on unescaped pipes (GFM: `\|` never splits, even inside code or links). */

export function splitRow(text: string): string[] {
  let s = text.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !isEscaped(s, s.length - 1)) s = s.slice(0, -1);
  const cells: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 124 /* | */) {
      cells.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  cells.push(s.slice(start).trim());
  return cells;
}

/** Whether the character at `i` is preceded by an odd number of backslashes. */
function isEscaped(s: string, i: number): boolean {
  let n = 0;
  for (let k = i - 1; k >= 0 && s[k] === "\\"; k--) n++;
  return n % 2 === 1;
}

/** Whether a line has a pipe that would split it (an unescaped one). */
export function hasUnescapedPipe(text: string): boolean {
  let at = text.indexOf("|");
  while (at !== -1) {
    if (!isEscaped(text, at)) return true;
    at = text.indexOf("|", at + 1);
  }
  return false;
}
