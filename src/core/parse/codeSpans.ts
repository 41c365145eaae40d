/** Finds code spans (`` `x` ``, ``` `` a`b `` ```) in a span of text, in one pass whatever the backticks. */

/**
 * Where the backtick runs of a span start, by run length. An opener looks up the next run of its own
 * length instead of scanning ahead, so a line full of unmatched openers of many lengths stays linear.
 */
export interface BacktickRuns {
  starts: Map<number, number[]>;
  /** Per length, how far into `starts` earlier lookups have already moved (lookups go left to right). */
  cursor: Map<number, number>;
}

export interface CodeSpan {
  /** What a reader sees: the code without its backticks, `\|` shown as `|`. */
  text: string;
  /** Index just after the closing run (just after the opener when it is plain text). */
  end: number;
  /** False for an opener nothing closes: its backticks are then plain text. */
  code: boolean;
}

export function backtickRuns(raw: string): BacktickRuns {
  const starts = new Map<number, number[]>();
  let i = raw.indexOf("`");
  while (i !== -1) {
    let k = i;
    while (raw.charCodeAt(k) === 96) k++;
    const list = starts.get(k - i);
    if (list) list.push(i);
    else starts.set(k - i, [i]);
    i = raw.indexOf("`", k);
  }
  return { starts, cursor: new Map() };
}

/**
 * The code span opened by the backtick run at `start`; when no run of the same length closes it, the
 * whole opener is plain text. Calls must come in increasing `start` order for one `runs`.
 */
export function codeSpanAt(raw: string, start: number, runs: BacktickRuns): CodeSpan {
  let k = start;
  while (raw.charCodeAt(k) === 96) k++;
  const close = nextRun(runs, k - start, k);
  if (close === -1) return { text: raw.slice(start, k), end: k, code: false };
  let body = raw.slice(k, close);
  // GFM: `\|` inside code in a table is still the escaped pipe; Obsidian shows a bare `|`.
  if (body.includes("\\|")) body = body.replace(/\\\|/g, "|");
  if (body.length > 2 && body.startsWith(" ") && body.endsWith(" ") && body.trim() !== "") body = body.slice(1, -1);
  return { text: body, end: close + (k - start), code: true };
}

/** Start of the first run of exactly `length` backticks at or after `from`, or -1. */
function nextRun(runs: BacktickRuns, length: number, from: number): number {
  const list = runs.starts.get(length);
  if (!list) return -1;
  let p = runs.cursor.get(length) ?? 0;
  while (p < list.length && list[p] < from) p++;
  runs.cursor.set(length, p);
  return p < list.length ? list[p] : -1;
}
