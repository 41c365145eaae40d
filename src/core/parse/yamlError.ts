/** What a YAML error says, in the words a note or block shows: one formatter for front matter and block YAML. */
import type { YAMLError } from "yaml";

type YamlErrorLike = Pick<YAMLError, "message" | "linePos">;

/** Its first line, without the parser's "at line N, column M" (the caller names the line in its own terms). */
export function yamlErrorText(error: YamlErrorLike): string {
  return error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

/** The 1-based line of the YAML text the error points at, when the parser knows it. */
export function yamlErrorLine(error: YamlErrorLike): number | undefined {
  return error.linePos?.[0]?.line;
}

/** What `toJS` threw on text the parser accepted (an alias with no anchor, an alias bomb). */
export function thrownText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
