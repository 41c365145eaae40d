/**
 * Sets the index note's two properties, `episodes` and `updated`, by editing only their values in the
 * YAML text: every other byte of the properties block (comments, quoting, order, flow lists, line breaks)
 * stays as the user wrote it. YAML we cannot edit safely is left alone and the reason returned.
 */
import { isMap, isScalar, parseDocument, type Document } from "yaml";
import { findPropertiesBlock, opensPropertiesBlock } from "./propertiesBlock";
import type { TextEdit } from "./textEdits";

export interface IndexProperties {
  episodes: number;
  /** Set only when given: `updated` moves only when the region changed. */
  updated?: string;
}

export type PropertyEdits = { ok: true; edits: TextEdit[] } | { ok: false; reason: string; line: number };

/** The current `episodes` number, or null when absent, not a number, or unreadable. */
export function readEpisodesProperty(text: string): number | null {
  const block = findPropertiesBlock(text);
  if (!block || block.language !== "") return null;
  const doc = parseYaml(text.slice(block.yamlStart, block.yamlEnd));
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const value = doc.contents.get("episodes", true);
  return isScalar(value) && typeof value.value === "number" ? value.value : null;
}

/** Edits that give `text` the properties in `values`; a note without a block gets one at its top. */
export function indexPropertyEdits(text: string, values: IndexProperties): PropertyEdits {
  const wanted = wantedValues(values);
  const block = findPropertiesBlock(text);
  if (!block && opensPropertiesBlock(text)) return refuse("its properties block has no closing --- line");
  if (!block) {
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const lines = wanted.map(([k, v]) => `${k}: ${v}${eol}`).join("");
    return { ok: true, edits: [{ from: at, to: at, text: `---${eol}${lines}---${eol}` }] };
  }
  if (block.language !== "") return refuse(`its properties are written in ---${block.language}, which Rotation Lens does not edit`);
  const yaml = text.slice(block.yamlStart, block.yamlEnd);
  const doc = parseYaml(yaml);
  if (doc.errors.length > 0) {
    const line = (doc.errors[0].linePos?.[0]?.line ?? 1) + 1;
    return refuse(`its properties are not valid YAML (${doc.errors[0].message.split("\n")[0]})`, line);
  }
  if (doc.contents !== null && (!isMap(doc.contents) || doc.contents.flow)) return refuse("its properties are not a list of key: value lines");
  const nodeOf = (key: string): unknown => (isMap(doc.contents) ? doc.contents.get(key, true) : undefined);
  // Both keys are checked even when only one is set, so the same note always gets the same answer.
  for (const key of ["episodes", "updated"]) {
    const node = nodeOf(key);
    if (node !== undefined && (!isScalar(node) || !node.range)) return refuse(`its \`${key}\` property holds a list or a map, which Rotation Lens leaves to you`);
  }
  const edits: TextEdit[] = [];
  const added: string[] = [];
  for (const [key, value] of wanted) {
    const node = nodeOf(key);
    if (!isScalar(node) || !node.range) {
      added.push(`${key}: ${value}${block.eol}`);
      continue;
    }
    const [from, to] = node.range;
    const quote = /^["']/.exec(yaml.slice(from, to))?.[0] ?? "";
    const spaced = from === to && !/[ \t]/.test(yaml.charAt(from - 1)) ? " " : "";
    edits.push({ from: block.yamlStart + from, to: block.yamlStart + to, text: `${spaced}${quote}${value}${quote}` });
  }
  if (added.length > 0) edits.push({ from: block.yamlEnd, to: block.yamlEnd, text: addedLines(yaml, block.eol, added) });
  return { ok: true, edits };
}

function wantedValues(values: IndexProperties): [string, string][] {
  const out: [string, string][] = [["episodes", String(values.episodes)]];
  if (values.updated !== undefined) out.push(["updated", values.updated]);
  return out;
}

/** New key lines go last in the block; a block whose last line lacks its break gets one first. */
function addedLines(yaml: string, eol: string, lines: string[]): string {
  const needsBreak = yaml.length > 0 && !yaml.endsWith("\n");
  return (needsBreak ? eol : "") + lines.join("");
}

function parseYaml(yaml: string): Document {
  return parseDocument(yaml, { schema: "core", uniqueKeys: false, keepSourceTokens: false });
}

function refuse(reason: string, line = 1): PropertyEdits {
  return { ok: false, reason: `Rotation Lens left the properties as they are: ${reason}.`, line };
}
