/**
 * `blocks <note|folder>`: every rotation-chart and rotation-classify block with file:line and its result in words, or
 * the message the block would show.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { evaluateChart } from "../../core/charts/evaluateChart";
import { evaluateClassify } from "../../core/classify/evaluateClassify";
import type { BlockContext } from "../../core/context/blockContext";
import { findBlocks, type FoundBlock } from "../../core/parse/findBlocks";
import type { ChartData } from "../../core/charts/chartData";
import type { NoteModel } from "../../core/model/types";
import { inAnyFolder, sourceFilter } from "../../core/settings/sourceScope";
import { taxonomyFromSettings } from "../../core/settings/taxonomyFromSettings";
import { parseSafely } from "../../core/episodeIndex/readSafely";
import type { EpisodeIndex } from "../../core/episodeIndex/EpisodeIndex";
import { checkFlags, type ParsedArgs } from "../args";
import { chartInWords, verdictInWords } from "../blockReport";
import { EXIT, UsageError, type CliIO } from "../io";
import { linkResolver } from "../linkResolver";
import { loadEpisodeIndex } from "../loadEpisodeIndex";
import { cliSettings, SETTINGS_FLAGS } from "../vaultSettings";
import { pngFolder, writePngs, type DrawnChart } from "../png/writePngs";
import { counted, plural } from "../../core/text/plural";

interface BlockResult {
  path: string;
  line: number;
  language: string;
  ok: boolean;
  text: string;
  /** The PNG written for this chart (with --png). */
  png?: string;
}

/** A result, with the chart's data when it drew one (for --png). */
type Ran = { result: BlockResult; chart?: ChartData; fence: number };

export async function blocksCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const bad = checkFlags(args, ["json", "as-of", "png", "dark", ...SETTINGS_FLAGS]);
  if (bad) throw new UsageError(bad);
  const target = args.positional[0];
  if (!target || args.positional.length > 1) throw new UsageError("blocks needs exactly one note or folder");
  if (!existsSync(target)) throw new UsageError(`${target}: no such file or folder`);
  const png = pngFolder(args.flags.get("png"));
  if (png === null && args.flags.has("dark")) throw new UsageError("--dark goes with --png <dir>");
  const isDir = statSync(target).isDirectory();
  const root = vaultRoot(isDir ? target : path.dirname(target));
  const settings = cliSettings(root, args, io);
  const loaded = loadEpisodeIndex(root, io, sourceFilter(settings), taxonomyFromSettings(settings));
  for (const p of loaded.readProblems) io.err(`rotation-lens: ${path.join(root, p.path)}: ${p.message}`);
  const within = relative(root, target);
  const inTarget = isDir ? inAnyFolder([within]) : (p: string): boolean => p === within;
  const notes = loaded.notes.filter((n) => inTarget(n.path));
  const ran = await runAll(notes, new CliVault(loaded.notes, loaded.index, settings.asOf), root);
  const results = ran.map((r) => r.result);
  const failed = results.filter((r) => !r.ok).length;
  // The PNGs come first so --json can name each file; a missing Chromium still leaves the report below.
  const drawn =
    png === null || (await writePngs(chartsToDraw(ran, isDir ? target : path.dirname(target)), png, args.flags.has("dark"), io));
  if (args.flags.has("json")) io.out(JSON.stringify(results, null, 2));
  else for (const r of results) io.out(`${r.path}:${r.line}: ${r.language}: ${r.ok ? "" : "error: "}${r.text}`);
  io.err(
    `rotation-lens: ${counted(results.length, "block")} in ${counted(notes.length, "note")}, ${failed} with ${plural(failed, "an error", "errors")}`,
  );
  return failed > 0 || !drawn ? EXIT.problems : EXIT.ok;
}

/** Every block of the notes, in note order, each evaluated as the plugin would. */
async function runAll(notes: { path: string; text: string }[], vault: CliVault, root: string): Promise<Ran[]> {
  const ran: Ran[] = [];
  for (const note of notes) {
    for (const block of findBlocks(note.text)) ran.push(await run(block, note.path, vault, root));
  }
  return ran;
}

async function run(block: FoundBlock, notePath: string, vault: CliVault, root: string): Promise<Ran> {
  const ctx = vault.context(notePath);
  const at = { path: path.join(root, notePath), language: block.language };
  if (block.language === "rotation-chart") {
    const outcome = await evaluateChart(block.source, ctx);
    const result = { ...at, line: lineOf(block, outcome), ok: outcome.ok, text: chartInWords(outcome) };
    return { result, chart: outcome.ok ? outcome.chart : undefined, fence: block.line };
  }
  const outcome = await evaluateClassify(block.source, ctx);
  return { result: { ...at, line: lineOf(block, outcome), ok: outcome.ok, text: verdictInWords(outcome) }, fence: block.line };
}

/** The charts that drew (a block with an error gets no PNG), named from the folder given. */
function chartsToDraw(ran: Ran[], folder: string): DrawnChart[] {
  return ran.flatMap(({ result, chart, fence }) =>
    chart ? [{ name: relative(folder, result.path), line: fence, chart, done: (file: string) => (result.png = file) }] : [],
  );
}

/** A YAML mistake points at its own line of the note: the fence's line plus its line in the block. */
function lineOf(block: FoundBlock, outcome: { ok: boolean; detail?: string }): number {
  const m = outcome.ok ? null : /\(block line (\d{1,6})\)/.exec(outcome.detail ?? "");
  return m ? block.line + Number(m[1]) : block.line;
}

/** The vault's notes as blocks see them: models parsed on first use, links resolved as Obsidian resolves them. */
class CliVault {
  private readonly texts: Map<string, string>;
  private readonly models = new Map<string, NoteModel | null>();
  private readonly resolve: (link: string, from: string) => string | null;

  constructor(
    notes: { path: string; text: string }[],
    private readonly index: EpisodeIndex,
    private readonly asOf: string,
  ) {
    this.texts = new Map(notes.map((n) => [n.path, n.text]));
    this.resolve = linkResolver(notes.map((n) => n.path));
  }

  context(fromPath: string): BlockContext {
    return {
      note: (link) => Promise.resolve(this.model(this.resolve(link, fromPath))),
      episodes: () => Promise.resolve(this.index.episodes(this.asOf)),
      asOf: this.asOf,
      taxonomy: this.index.taxonomy,
    };
  }

  private model(notePath: string | null): NoteModel | null {
    if (notePath === null) return null;
    if (!this.models.has(notePath)) {
      const parsed = parseSafely(notePath, this.texts.get(notePath) ?? "");
      this.models.set(notePath, "model" in parsed ? parsed.model : null);
    }
    return this.models.get(notePath) ?? null;
  }
}

/**
 * The nearest folder upward holding `.obsidian` (the vault the links resolve in), else the folder itself; written
 * as the user wrote the target (absolute stays absolute), as `index` and `check` print the vault they were given.
 */
function vaultRoot(dir: string): string {
  let at = path.resolve(dir);
  while (!existsSync(path.join(at, ".obsidian")) && path.dirname(at) !== at) at = path.dirname(at);
  if (!existsSync(path.join(at, ".obsidian"))) return dir;
  return path.isAbsolute(dir) ? at : path.relative(process.cwd(), at) || ".";
}

function relative(root: string, target: string): string {
  return path.relative(root, target).split(path.sep).join("/");
}
