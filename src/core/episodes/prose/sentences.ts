/** Splits a line of prose into sentences at ". ", "! " or "? " before a capital or a digit, keeping each sentence's offset. */

export interface Sentence {
  text: string;
  at: number;
}

export function sentencesOf(line: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 1; i < line.length - 2; i++) {
    const c = line[i];
    if (
      (c === "." || c === "!" || c === "?") &&
      line[i + 1] === " " &&
      /[A-Z0-9]/.test(line[i + 2]) &&
      line[i - 1] !== "." &&
      !/^[A-Z]$/.test(line[i - 1])
    ) {
      out.push({ text: line.slice(start, i + 1), at: start });
      start = i + 2;
    }
  }
  out.push({ text: line.slice(start), at: start });
  return out;
}
