/**
 * Resolves a wikilink's note part to a vault path as Obsidian does: an exact path first, else a note of that name
 * (nearest to the linking note).
 */

export function linkResolver(paths: readonly string[]): (linktext: string, fromPath: string) => string | null {
  const known = new Set(paths);
  const byName = new Map<string, string[]>();
  for (const p of paths) {
    const name = p.slice(p.lastIndexOf("/") + 1).toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), p]);
  }
  return (linktext, fromPath) => {
    if (linktext === "") return known.has(fromPath) ? fromPath : null;
    const withExt = linktext.toLowerCase().endsWith(".md") ? linktext : `${linktext}.md`;
    if (known.has(withExt)) return withExt;
    const name = withExt.slice(withExt.lastIndexOf("/") + 1).toLowerCase();
    const folder = withExt.includes("/") ? withExt.slice(0, withExt.lastIndexOf("/") + 1).toLowerCase() : "";
    const matches = (byName.get(name) ?? []).filter((p) => p.toLowerCase().endsWith(folder + name));
    if (matches.length === 0) return null;
    const here = fromPath.slice(0, fromPath.lastIndexOf("/") + 1);
    return matches.find((p) => p.slice(0, p.lastIndexOf("/") + 1) === here) ?? [...matches].sort((a, b) => a.length - b.length)[0];
  };
}
