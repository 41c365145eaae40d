/**
 * Sets the index note's two properties, `episodes` and `updated`, by editing only their values in the
 * YAML text: every other byte of the properties block (comments, quoting, order, flow lists, line breaks)
 * stays as the user wrote it. YAML we cannot edit safely is left alone and the reason returned.
 */
import { isMap, isScalar, parseDocument, type Document } from "yaml";
import { findPropertiesBlock, opensPropertiesBlock } from "./propertiesBlock";
import { applyEdits, type TextEdit } from "./textEdits";
import { trimEndChars } from "../text/trimChars";

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
  if (!isScalar(value)) return null;
  // A quoted count ('14') is the same count: rewriting it every refresh would churn the note for nothing.
  const n =
    typeof value.value === "number"
      ? value.value
      : typeof value.value === "string" && /^\d{1,9}$/.test(value.value)
        ? Number(value.value)
        : null;
  return n;
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
  if (doc.contents !== null && (!isMap(doc.contents) || doc.contents.flow))
    return refuse("its properties are not a list of key: value lines");
  const nodeOf = (key: string): unknown => (isMap(doc.contents) ? doc.contents.get(key, true) : undefined);
  // Both keys are checked even when only one is set, so the same note always gets the same answer.
  for (const key of ["episodes", "updated"]) {
    const node = nodeOf(key);
    if (node !== undefined && (!isScalar(node) || !node.range))
      return refuse(`its \`${key}\` property holds a list or a map, which Rotation Lens leaves to you`);
  }
  const edits: TextEdit[] = [];
  const added: string[] = [];
  for (const [key, value] of wanted) {
    const node = nodeOf(key);
    if (!isScalar(node) || !node.range) {
      added.push(`${key}: ${value}${block.eol}`);
      continue;
    }
    const [from, end] = node.range;
    // A block scalar's range takes in the line break after it: that break is the next key's, and stays.
    const to = from + trimEndChars(yaml.slice(from, end), "\r\n").length;
    const quote = /^["']/.exec(yaml.slice(from, to))?.[0] ?? "";
    const spaced = from === to && !/[ \t]/.test(yaml.charAt(from - 1)) ? " " : "";
    edits.push({ from: block.yamlStart + from, to: block.yamlStart + to, text: `${spaced}${quote}${value}${quote}` });
  }
  if (added.length > 0) edits.push({ from: block.yamlEnd, to: block.yamlEnd, text: addedLines(yaml, block.eol, added) });
  if (!keepsEveryOtherValue(text, edits, doc, values)) return refuse("its properties could not be edited without changing others");
  return { ok: true, edits };
}

/**
 * The safety net: the edited block read again holds the two values asked for and every other property as
 * it was. Any slip in placing an edit (an odd scalar style, a layout not foreseen) leaves the block alone.
 */
function keepsEveryOtherValue(text: string, edits: TextEdit[], before: Document, values: IndexProperties): boolean {
  try {
    return sameOtherValues(text, edits, before, values);
  } catch {
    // A value that cannot be compared (an alias loop, an alias bomb) is not one to risk.
    return false;
  }
}

function sameOtherValues(text: string, edits: TextEdit[], before: Document, values: IndexProperties): boolean {
  const next = applyEdits(text, edits);
  const block = findPropertiesBlock(next);
  if (!block) return false;
  const after = parseYaml(next.slice(block.yamlStart, block.yamlEnd));
  if (after.errors.length > 0) return false;
  const was = (before.toJS() ?? {}) as Record<string, unknown>;
  const now = (after.toJS() ?? {}) as Record<string, unknown>;
  if (String(now.episodes) !== String(values.episodes)) return false;
  if (values.updated !== undefined && String(now.updated) !== values.updated) return false;
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (key !== "episodes" && key !== "updated" && JSON.stringify(was[key]) !== JSON.stringify(now[key])) return false;
  }
  return true;
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
  // Duplicate keys are an error here, as in Obsidian: which of two `updated` lines to set is not ours to guess.
  return parseDocument(yaml, { schema: "core", uniqueKeys: true, keepSourceTokens: false });
}

function refuse(reason: string, line = 1): PropertyEdits {
  return { ok: false, reason: `Rotation Lens left the properties as they are: ${reason}.`, line };
}
