/** The vault's episodes in their reading order, newest first, each given its id: stable across runs and readable in links. */
import { textOrder } from "./textOrder";
import type { Episode } from "./types";

/**
 * Newest first (by start, then by first source), each carrying its id. Fastest when the input is
 * already nearly in order, as the episode index passes it.
 */
export function orderEpisodes(episodes: Episode[]): Episode[] {
  // Ids are set on the episodes themselves (not copies): re-ordering after one edit then costs a sort, not a copy of every episode.
  const sorted = [...episodes].sort(newestFirst);
  const used = new Map<string, number>();
  for (const e of sorted) {
    const base = baseId(e);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    e.id = n === 1 ? base : `${base}-${n}`;
  }
  return sorted;
}

function newestFirst(a: Episode, b: Episode): number {
  const as = a.start ?? "";
  const bs = b.start ?? "";
  if (as !== bs) return as < bs ? 1 : -1;
  const ap = a.sources[0];
  const bp = b.sources[0];
  return (
    textOrder(ap.path, bp.path) ||
    ap.line - bp.line ||
    textOrder(a.rotation, b.rotation) ||
    textOrder(a.label, b.label) ||
    textOrder(`${a.from}→${a.to}`, `${b.from}→${b.to}`)
  );
}

/** Readable in links and stable across runs: "2022-01-growth-value"; a collision gets "-2", "-3" in source order. */
const baseIds = new WeakMap<Episode, string>();

function baseId(e: Episode): string {
  const known = baseIds.get(e);
  if (known !== undefined) return known;
  const id = computeBaseId(e);
  baseIds.set(e, id);
  return id;
}

function computeBaseId(e: Episode): string {
  const name = e.label.includes(": ") ? e.label.slice(e.label.indexOf(": ") + 2) : e.label;
  return `${(e.start ?? "undated").slice(0, 7)}-${slug(name) || "rotation"}`;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/\[\[|\]\]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 30)
    .replace(/-$/, "");
}
