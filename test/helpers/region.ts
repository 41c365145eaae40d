/** The region read and replaced as whole texts, for tests: built on core's regionEdit and findRegion, which the planner uses. */
import { applyEdits } from "../../src/core/indexNote/textEdits";
import { findRegion, regionEdit } from "../../src/core/indexNote/region";

export type RegionReplace = { ok: true; text: string } | { ok: false; reason: string; line: number };

export function replaceRegion(text: string, generated: string): RegionReplace {
  const r = regionEdit(text, generated);
  if (!r.ok) return r;
  return { ok: true, text: r.edit ? applyEdits(text, [r.edit]) : text };
}

export function regionBody(text: string): string | null {
  const found = findRegion(text);
  return found.kind === "ok" ? text.slice(found.bodyStart, found.bodyEnd) : null;
}
