/** `index <vault-dir> [--json] [--write] [--as-of]`: the vault's episodes and metrics; --write refreshes the index note on disk. */
import path from "node:path";
import { episodeToJson } from "../../core/episodes/episodeJson";
import { renderIndexRegion } from "../../core/indexNote/renderIndexRegion";
import { episodeMetrics } from "../../core/metrics/episodeMetrics";
import { sourceFilter } from "../../core/settings/sourceScope";
import { taxonomyFromSettings } from "../../core/settings/taxonomyFromSettings";
import { checkFlags, type ParsedArgs } from "../args";
import { EXIT, UsageError, type CliIO } from "../io";
import { loadEpisodeIndex } from "../loadEpisodeIndex";
import { requireVaultFolder } from "../vaultFolder";
import { episodesTable } from "../episodesTable";
import { writeIndexNote } from "../writeIndexNote";
import { readPluginCache } from "../pluginCache";
import { cliSettings, SETTINGS_FLAGS } from "../vaultSettings";
import { explainCommand } from "../explainCommand";

export function indexCommand(args: ParsedArgs, io: CliIO): number {
  const bad = checkFlags(args, ["json", "write", "as-of", "strict", "cache", "explain", ...SETTINGS_FLAGS]);
  if (bad) throw new UsageError(bad);
  const dir = args.positional[0];
  if (!dir || args.positional.length > 1) throw new UsageError("index needs exactly one vault folder");
  requireVaultFolder(dir);
  const settings = cliSettings(dir, args, io);
  const asOf = settings.asOf;
  const indexPath = settings.indexNotePath;
  const { index, readProblems, failedNotes } = loadEpisodeIndex(
    dir,
    io,
    sourceFilter(settings),
    taxonomyFromSettings(settings),
    args.flags.has("cache") ? readPluginCache(dir, io, settings.taxonomyYaml) : null,
  );
  for (const p of readProblems) io.err(`${path.join(dir, p.path)}: ${p.message}`);
  const explain = args.flags.get("explain");
  if (explain !== undefined) {
    if (typeof explain !== "string") throw new UsageError('--explain needs a note, for example --explain "Sector Rotation"');
    explainCommand(dir, explain, index, asOf, io);
    return EXIT.ok;
  }
  const episodes = index.episodes(asOf);
  const metrics = episodeMetrics(episodes, index.taxonomy);
  const problems = index.problems();
  if (args.flags.has("write")) {
    const code = writeIndexNote(
      dir,
      indexPath,
      { region: renderIndexRegion({ episodes, metrics, asOf }), episodes: episodes.length, asOf, failedNotes },
      io,
    );
    if (code !== EXIT.ok) return code;
  } else if (args.flags.has("json")) {
    io.out(JSON.stringify({ asOf, episodes: episodes.map(episodeToJson), metrics, problems }, null, 2));
  } else {
    io.out(episodesTable(episodes, asOf, io.columns));
  }
  return args.flags.has("strict") && problems.length + readProblems.length > 0 ? EXIT.problems : EXIT.ok;
}
