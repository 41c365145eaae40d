/** Spots the commonest block mistake: a `[[wikilink]]` written without quotes, which YAML reads as a list inside a list. */

const QUOTE_IT = "a [[link]] in a block must be in quotes, or YAML reads it as a list";

/** In a block that parsed: the first value (top level, or one level down as in `inputs:`) that is `[[text]]` read as a nested list. */
export function unquotedLinkIn(data: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(data)) {
    const inner = linkText(value);
    if (inner !== null) return advice(key, inner);
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [sub, v] of Object.entries(value as Record<string, unknown>)) {
        const text = linkText(v);
        if (text !== null) return advice(`${key}.${sub}`, text);
      }
    }
  }
  return null;
}

/** In a block that did not parse: the line YAML stopped at, when it starts its value with an unquoted `[[`. */
export function unquotedLinkOnLine(source: string, line: number | undefined): string | null {
  if (line === undefined) return null;
  const text = source.split("\n")[line - 1] ?? "";
  const colon = text.indexOf(":");
  if (colon === -1) return null;
  const value = text.slice(colon + 1).trim();
  if (!value.startsWith("[[")) return null;
  return `${QUOTE_IT}. Quote the link: ${text.slice(0, colon).trim()}: "${value.replace(/"/g, '\\"')}"`;
}

function linkText(value: unknown): string | null {
  if (!Array.isArray(value) || value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1) return null;
  const inner: unknown = value[0][0];
  return typeof inner === "string" ? inner : null;
}

function advice(key: string, inner: string): string {
  return `${key}: ${QUOTE_IT}. Quote the link: ${key.slice(key.lastIndexOf(".") + 1)}: "[[${inner.replace(/"/g, '\\"')}]]"`;
}
