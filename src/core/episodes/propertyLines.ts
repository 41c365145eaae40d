/** Finds the line of each top-level property in a note's front matter, so a field read from a property points at its own line. */

export function propertyLines(text: string, endLine: number): Map<string, number> {
  const map = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/, Math.max(0, endLine));
  for (let i = 1; i < lines.length; i++) {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i]);
    if (m && !map.has(m[1])) map.set(m[1], i + 1);
  }
  return map;
}
