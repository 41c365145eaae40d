/** Reads the YAML body of a rotation-chart or rotation-classify block into a plain mapping, or says what is wrong. */
import { parseDocument } from "yaml";
import { unquotedLinkIn, unquotedLinkOnLine } from "./unquotedLink";
import { thrownText, yamlErrorLine, yamlErrorText } from "./yamlError";

export type BlockYaml = { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

export function readBlockYaml(source: string): BlockYaml {
  if (source.trim() === "") return { ok: true, data: {} };
  const doc = parseDocument(source, { schema: "core", uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = yamlErrorLine(e);
    const where = line ? ` (block line ${line})` : "";
    const link = unquotedLinkOnLine(source, line);
    if (link !== null) return { ok: false, error: `The block's YAML cannot be read${where}: ${link}.` };
    return { ok: false, error: `The block's YAML cannot be read${where}: ${yamlErrorText(e)}` };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    // toJS throws on what parsing accepts: an alias with no anchor (`*x`), alias bombs past the limit.
    return { ok: false, error: `The block's YAML cannot be read: ${thrownText(e)}` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, error: "The block should hold `key: value` lines, for example `x: Month` and `y: Flow`." };
  }
  const link = unquotedLinkIn(data as Record<string, unknown>);
  if (link !== null) return { ok: false, error: `${link}.` };
  return { ok: true, data: data as Record<string, unknown> };
}

/** A setting as text: numbers and booleans are accepted where text is expected, lists are not. */
export function textOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/** A setting as a list of text: `y: Flow` and `y: [Flow, Notes]` both work. */
export function textListOf(value: unknown): string[] | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    const items = value.map(textOf);
    return items.every((x): x is string => x !== null) ? items : null;
  }
  const one = textOf(value);
  return one === null
    ? null
    : one
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
}

/** A setting as the user wrote it, for messages; never throws, whatever the value. */
export function shown(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  try {
    return JSON.stringify(value) ?? "?";
  } catch {
    return "?";
  }
}

/** A whole number setting such as `table: 2`; NaN when it is anything else. */
export function wholeNumberOf(value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  return Number.isInteger(n) ? n : NaN;
}
