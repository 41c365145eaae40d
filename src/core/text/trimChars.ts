/** Trimming given characters from the ends of a string with a loop: `/x+$/` would retry every run of x, quadratic on long runs. */

export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

export function trimChars(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start])) start++;
  return trimEndChars(s.slice(start), chars);
}
