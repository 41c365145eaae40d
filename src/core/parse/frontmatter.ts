/**
 * Reads YAML front matter with the `yaml` package; no other language runs. The block is found line by line
 * here and handed to YAML directly: gray-matter, which this reader once went through, strips comment lines
 * with a pattern that takes seconds on a block of many blank lines, and carries an engine that evaluates
 * `---js` front matter.
 */
import { parseDocument } from "yaml";
import type { Problem } from "../model/types";
import { cutCycles } from "./acyclic";
import { thrownText, yamlErrorLine, yamlErrorText } from "./yamlError";

export interface Frontmatter {
  properties: Record<string, unknown>;
  /** 1-based lines of the opening and closing fences, or null when the note has none. */
  block: { line: number; endLine: number } | null;
  problems: Problem[];
  /** Index (0-based) of the first body line. */
  bodyStart: number;
}

/** The fences of a properties block, as Obsidian reads them (the index note's planner finds its block by the same lines). */
// The language sits inside the optional group with its spaces: two `[ \t]*` side by side would retry every split of a run of spaces.
export const OPEN = /^---(?:[ \t]*([A-Za-z][\w-]*))?[ \t]*$/;
export const CLOSE = /^---[ \t]*$/;
const UNSUPPORTED = "front matter language not supported";

export function readFrontmatter(lines: string[]): Frontmatter {
  const none: Frontmatter = { properties: {}, block: null, problems: [], bodyStart: 0 };
  const open = lines.length > 1 ? OPEN.exec(lines[0]) : null;
  if (!open) return none;
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE.test(lines[i])) {
      end = i;
      break;
    }
  }
  if (end === -1) {
    // Obsidian shows such a note's first line as a rule, not as properties; say why nothing was read.
    return { ...none, problems: [{ line: 1, message: "front matter is not closed with ---; properties ignored" }] };
  }
  const block = { line: 1, endLine: end + 1 };
  const language = (open[1] ?? "yaml").toLowerCase();
  if (language !== "yaml" && language !== "yml") {
    return { properties: {}, block, problems: [{ line: 1, message: `${UNSUPPORTED} (---${open[1]})` }], bodyStart: end + 1 };
  }
  const yamlErrors: Problem[] = [];
  // A leading line break keeps YAML's line N the note's line N.
  const data: unknown = readYaml(`\n${lines.slice(1, end).join("\n")}`, yamlErrors);
  const problems = [...yamlErrors];
  let properties: Record<string, unknown> = {};
  if (data !== null && typeof data === "object" && !Array.isArray(data)) properties = data as Record<string, unknown>;
  else if (data !== null && data !== undefined && yamlErrors.length === 0)
    problems.push({ line: 2, message: "front matter is not a list of properties (key: value); ignored" });
  return { properties, block, problems, bodyStart: end + 1 };
}

/** YAML with Obsidian's reading of it: dates stay text, errors are reported with their note line. */
function readYaml(text: string, errors: Problem[]): object {
  const doc = parseDocument(text, { schema: "core", uniqueKeys: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors.slice(0, 3)) {
      const yamlLine = yamlErrorLine(e) ?? 1;
      // gray-matter hands over the text from the newline that ends the opening fence, so YAML line N is note line N.
      errors.push({ line: yamlLine, message: `invalid YAML in front matter: ${yamlErrorText(e)}` });
    }
    return {};
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    // `&x [a, *x]` reads as a list holding itself: the inner reference is cut, and the note says so.
    if (cutCycles(value) > 0)
      errors.push({ line: 2, message: "front matter: an alias refers to a value holding it (a cycle); read as empty there" });
    return value ?? {};
  } catch (e) {
    // An alias without its anchor (`*x`) or an alias bomb passes the parser and fails here.
    errors.push({ line: 2, message: `invalid YAML in front matter: ${thrownText(e)}` });
    return {};
  }
}
