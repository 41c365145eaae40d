/** `index <vault-dir> [--json] [--write] [--as-of]`: the vault's episodes and metrics; --write refreshes the index note on disk. */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { episodeToJson } from "../../core/episodes/episodeJson";
import { nextIndexNote, newIndexNote } from "../../core/indexNote/indexNoteText";
import { renderIndexRegion } from "../../core/indexNote/renderIndexRegion";
import { episodeMetrics } from "../../core/metrics/episodeMetrics";
import { isIsoDay, DEFAULT_SETTINGS } from "../../core/settings/settings";
import { checkFlags, type ParsedArgs } from "../args";
import { EXIT, UsageError, type CliIO } from "../io";
import { loadVaultIndex } from "../loadVaultIndex";
import { episodesTable } from "../episodesTable";
import { explainCommand } from "../explainCommand";

export function indexCommand(args: ParsedArgs, io: CliIO): number {
  const bad = checkFlags(args, ["json", "write", "as-of", "strict", "explain"]);
  if (bad) throw new UsageError(bad);
  const dir = args.positional[0];
  if (!dir || args.positional.length > 1) throw new UsageError("index needs exactly one vault folder");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such folder`);
  const asOfFlag = args.flags.get("as-of");
  const asOf = typeof asOfFlag === "string" ? asOfFlag : io.today;
  if (!isIsoDay(asOf)) throw new UsageError(`--as-of ${String(asOfFlag)}: use YYYY-MM-DD`);
  const indexPath = DEFAULT_SETTINGS.indexNotePath;
  const { index, readProblems } = loadVaultIndex(dir, io, (p) => p !== indexPath);
  for (const p of readProblems) io.err(`${path.join(dir, p.path)}: ${p.message}`);
  const explain = args.flags.get("explain");
  if (explain !== undefined) {
    if (typeof explain !== "string") throw new UsageError("--explain needs a note, for example --explain \"Sector Rotation\"");
    explainCommand(dir, explain, index, asOf, io);
    return EXIT.ok;
  }
  const episodes = index.episodes(asOf);
  const metrics = episodeMetrics(episodes, index.taxonomy);
  const problems = index.problems();
  if (args.flags.has("write")) {
    const code = writeIndexNote(dir, indexPath, renderIndexRegion({ episodes, metrics, asOf }), { episodes: episodes.length, updated: asOf }, io);
    if (code !== EXIT.ok) return code;
  } else if (args.flags.has("json")) {
    io.out(JSON.stringify({ asOf, episodes: episodes.map(episodeToJson), metrics, problems }, null, 2));
  } else {
    io.out(episodesTable(episodes, asOf));
  }
  return args.flags.has("strict") && problems.length + readProblems.length > 0 ? EXIT.problems : EXIT.ok;
}

/** Write through a temporary file and a rename, so a crash leaves the old note or the new one, never half of each. */
function writeIndexNote(dir: string, rel: string, region: string, props: { episodes: number; updated: string }, io: CliIO): number {
  const file = path.join(dir, rel);
  const current = existsSync(file) ? readFileSync(file, "utf8") : newIndexNote(path.basename(rel, ".md"));
  const next = nextIndexNote(current, region, props);
  if (!next.ok) {
    io.err(`${file}:1: ${next.reason}`);
    return EXIT.problems;
  }
  if (next.changed || !existsSync(file)) {
    const tmp = `${file}.rotation-lens.tmp`;
    try {
      writeFileSync(tmp, next.text, "utf8");
      renameSync(tmp, file);
    } catch (e) {
      // The note itself is untouched: only the temporary file could have been written.
      io.err(`${file}: could not write the index note (${messageOf(e)}); it is unchanged`);
      return EXIT.problems;
    }
    io.out(`Wrote ${file} (${props.episodes} episodes)`);
  } else io.out(`${file} is up to date (${props.episodes} episodes)`);
  return EXIT.ok;
}

/** An error's first line, whatever realm threw it. */
function messageOf(e: unknown): string {
  const m = e && typeof e === "object" && "message" in e ? String((e).message) : String(e);
  return m.split("\n")[0];
}
