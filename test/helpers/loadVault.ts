/** Reads a folder of notes into a core EpisodeIndex, as the CLI does. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseNote } from "../../src/core/parse/parseNote";
import { EpisodeIndex } from "../../src/core/episodeIndex/EpisodeIndex";
import { notesIn } from "./paths";

export function indexFolder(dir: string): { index: EpisodeIndex; texts: Map<string, string> } {
  const index = new EpisodeIndex();
  const texts = new Map<string, string>();
  // As the CLI and the plugin do: the index note is output, not a source.
  for (const rel of notesIn(dir).filter((n) => n !== "Historical rotations.md")) {
    const text = readFileSync(path.join(dir, rel), "utf8");
    texts.set(rel, text);
    index.update(parseNote(rel, text), text);
  }
  return { index, texts };
}

/**
 * How many episodes examples/vault holds as of its date: tests about failures compare against it, not a number that
 * changes with the examples.
 */
export function exampleEpisodeCount(dir: string, asOf = "2026-03-01"): { episodes: number; ongoing: number } {
  const episodes = indexFolder(dir).index.episodes(asOf);
  return { episodes: episodes.length, ongoing: episodes.filter((e) => e.ongoing).length };
}
