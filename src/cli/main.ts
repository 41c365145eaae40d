/** The Rotation Lens command line: the same core as the plugin, run on a vault folder. */
import type { Writable } from "node:stream";
import manifest from "../../manifest.json";
import { isoDay } from "../core/dates/isoDay";
import { parseArgs, type ParsedArgs } from "./args";
import { EXIT, UsageError, type CliIO } from "./io";
import { parseCommand } from "./commands/parseCommand";
import { indexCommand } from "./commands/indexCommand";
import { checkCommand } from "./commands/checkCommand";
import { blocksCommand } from "./commands/blocksCommand";

export const HELP = `Rotation Lens ${manifest.version}: market-rotation research notes → episodes, metrics, index note.

Usage: rotation-lens <command> [options]   (from the repo: npm run --silent cli -- <command> …)

Commands:
  parse <note.md|folder>... [--json]   the note model of each note (JSON, one object per line)
  index <vault-dir> [--json] [--write] [--as-of YYYY-MM-DD] [--cache] [--explain <note>]
                                       the rotation episodes and metrics of a vault;
                                       --write updates the vault's index note; --cache restores
                                       unchanged notes from the plugin's cache.json (read-only,
                                       only when it is from this version)
  check <vault-dir> [--strict] [--as-of YYYY-MM-DD]
                                       every problem of every note, as file:line: message
  blocks <note.md|folder> [--json] [--as-of YYYY-MM-DD] [--png <dir> [--dark]]
                                       every rotation-chart and rotation-classify block, as file:line:
                                       its result in words, or the message the block would show;
                                       exit 1 when any block has an error. --png draws each chart
                                       that has no error to <dir>/<note>-L<line>.png with the plugin's
                                       chart code in Chromium (/usr/bin/chromium, or CHROMIUM_PATH),
                                       light theme unless --dark; it replaces only PNGs it wrote

Options:
  --as-of YYYY-MM-DD   the date ongoing rotations are aged to (default: the settings' as-of date, else today)
  --strict             exit 1 when any problem is found
  -h, --help           this help
  -v, --version        the version

Settings (index, check, blocks): the vault's .obsidian/plugins/rotation-lens/data.json is read as the plugin reads it
(index note path, folders, taxonomy additions, as-of date); stderr names the file used. Flags override it:
  --index-path <path>  the index note, relative to the vault (e.g. "Research/Rotations index.md")
  --include <folder>   read only this folder (repeat for more); replaces the settings' list
  --exclude <folder>   never read this folder (repeat for more; --exclude "" reads every folder)
  --taxonomy <file>    taxonomy additions from a YAML file (ARKK: growth), in place of the settings'
  --no-settings        ignore data.json: the defaults, then the flags

Exit codes, the same for every command: 0 ok; 1 problems found (blocks with an error, or any
problem with --strict) or a failure (e.g. --png without Chromium: the report is still printed);
2 a usage error: an unknown command or option, a missing or
bad argument, a path that does not exist (one line on stderr).
`;

const COMMANDS: Record<string, (args: ParsedArgs, io: CliIO) => number | Promise<number>> = {
  parse: parseCommand,
  index: indexCommand,
  check: checkCommand,
  blocks: blocksCommand,
};

export async function runCli(argv: string[], given: CliIO): Promise<number> {
  const io = prefixed(given);
  const args = parseArgs(argv);
  if ("error" in args) return usage(io, args.error);
  if (args.flags.has("help") || args.command === "help") {
    io.out(HELP);
    return EXIT.ok;
  }
  if (args.flags.has("version")) {
    io.out(manifest.version);
    return EXIT.ok;
  }
  const stray = [...args.flags.keys()].find((f) => f !== "help" && f !== "version");
  if (args.command === null) return usage(io, stray === undefined ? "no command given" : `unknown option --${stray}`);
  const run = COMMANDS[args.command];
  if (!run) return usage(io, `unknown command "${args.command}"`);
  try {
    return await run(args, io);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    io.err(e instanceof Error ? e.message : String(e));
    return EXIT.problems;
  }
}

function usage(io: CliIO, message: string): number {
  io.err(`${message} (try --help)`);
  return EXIT.usage;
}

/**
 * Every line on stderr starts with `rotation-lens: `, so a message is never mistaken for another tool's; progress lines
 * are left as they are.
 */
function prefixed(io: CliIO): CliIO {
  const tag = "rotation-lens: ";
  return { ...io, err: (t) => io.err(t.startsWith(tag) || t.startsWith("\r") || t === "\n" ? t : `${tag}${t}`) };
}

/** A reader that stops early (`| head`) closes the pipe: the output is over, so end quietly and successfully, as Unix tools do. */
function endQuietlyOnClosedPipe(stream: Writable): void {
  stream.on("error", (e: Error & { code?: string }) => {
    if (e.code === "EPIPE") process.exit(EXIT.ok);
    throw e;
  });
}

/** Node entry point; skipped when tests import runCli. */
if (require.main === module) {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  const io: CliIO = {
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
    errIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    today: isoDay(new Date()),
  };
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
