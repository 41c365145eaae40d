/** `index <vault> --explain <note>`: line by line, why each place in one note became a candidate or not, and the episodes it is part of. */
import path from "node:path";
import { readFileSync } from "node:fs";
import { explainNote } from "../core/explain/explainNote";
import { parseNote } from "../core/parse/parseNote";
import type { EpisodeIndex } from "../core/episodeIndex/EpisodeIndex";
import { UsageError, type CliIO } from "./io";

export function explainCommand(dir: string, note: string, index: EpisodeIndex, asOf: string, io: CliIO): void {
  const rel = note.endsWith(".md") ? note : `${note}.md`;
  let text: string;
  try {
    text = readFileSync(path.join(dir, rel), "utf8");
  } catch {
    throw new UsageError(`--explain ${note}: no such note in ${dir}`);
  }
  const lines = explainNote(parseNote(rel, text), text, index.taxonomy);
  if (lines.length === 0)
    io.out(
      `${rel}: nothing here looks like a rotation (no episode table, no sentence naming two market groups, no rotation in the title, an alias or a caption)`,
    );
  for (const l of lines) io.out(`${rel}:${l.line}: ${l.verdict}: ${l.why}`);
  for (const e of index.episodes(asOf).filter((x) => x.sources.some((s) => s.path === rel))) {
    const others = [...new Set(e.sources.map((s) => s.path).filter((p) => p !== rel))];
    io.out(
      `episode ${e.id}: ${e.rotation} (${e.type}), found by ${(e.foundBy ?? []).join(", ")}${others.length ? `, with ${others.join(", ")}` : ""}`,
    );
  }
}
