/** English counts in messages: "1 episode", "3 episodes"; written once so no message reads "1 episodes". */

/** The word for a count: `one` for exactly 1, else `many` (the word plus "s" unless given). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** The count and its word: "1 note", "12 notes", "2 entries". */
export function counted(n: number, one: string, many?: string): string {
  return `${n} ${plural(n, one, many)}`;
}
