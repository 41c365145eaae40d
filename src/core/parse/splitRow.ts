/** Splits a table row into raw cells on unescaped pipes (GFM: `\|` never splits, even inside code or links). */

export function splitRow(text: string): string[] {
  const start = rowStart(text);
  const end = rowEnd(text, start);
  const cells: string[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 124 /* | */) {
      cells.push(trimmedSlice(text, from, i));
      from = i + 1;
    }
  }
  cells.push(trimmedSlice(text, from, end));
  return cells;
}

/**
 * How many cells `splitRow` would return, without slicing any: body rows are counted when the note is
 * read (a ragged row is a problem to report) and split only when someone reads their cells.
 */
export function countCells(text: string): number {
  const start = rowStart(text);
  const end = rowEnd(text, start);
  let n = 1;
  for (let i = text.indexOf("|", start); i !== -1 && i < end; i = text.indexOf("|", i + 1)) if (!isEscaped(text, i)) n++;
  return n;
}

/** Where the cells begin: after leading space and the optional outer pipe. */
function rowStart(text: string): number {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  return text.charCodeAt(start) === 124 /* | */ ? start + 1 : start;
}

/** Where the cells end: before trailing space and the optional outer pipe (unless it is escaped). */
function rowEnd(text: string, start: number): number {
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start && text.charCodeAt(end - 1) === 124 && !isEscaped(text, end - 1) ? end - 1 : end;
}

/** One slice per cell: trimming by index instead of slicing and then trimming. */
function trimmedSlice(text: string, from: number, to: number): string {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return text.slice(from, to);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 11 || c === 0xa0;
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
