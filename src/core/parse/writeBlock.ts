/** Writes a fenced rotation block with a YAML body: what the insert commands put into a note, and what findBlocks reads back. */
import { Document } from "yaml";
import type { BlockLanguage } from "./findBlocks";

/**
 * The fenced block, its YAML written by the `yaml` stringifier: a header or heading holding `"`, `:` or `#`
 * is quoted as YAML needs, and lists are written inline.
 */
export function writeBlock(language: BlockLanguage, data: Record<string, unknown>): string {
  const doc = new Document(data);
  const y = doc.get("y", true);
  if (y && typeof y === "object" && "flow" in y) y.flow = true;
  const fence = "```";
  return [`${fence}${language}`, doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd(), fence].join("\n");
}
