/** The Rotation Lens command line: the same core as the plugin, run on a vault folder. */
import manifest from "../../manifest.json";
import { isoDay } from "../core/dates/isoDay";
import { parseArgs, type ParsedArgs } from "./args";
import { EXIT, UsageError, type CliIO } from "./io";
import { parseCommand } from "./commands/parseCommand";
import { indexCommand } from "./commands/indexCommand";
import { checkCommand } from "./commands/checkCommand";

export const HELP = `Rotation Lens ${manifest.version}: market-rotation research notes → episodes, metrics, index note.

Usage: rotation-lens <command> [options]   (from the repo: npm run --silent cli -- <command> …)

Commands:
  parse <note.md|folder>... [--json]   the note model of each note (JSON, one object per line)
  index <vault-dir> [--json] [--write] [--as-of YYYY-MM-DD] [--explain <note>]
                                       the rotation episodes and metrics of a vault;
                                       --write updates the vault's "Historical rotations.md"
  check <vault-dir> [--strict]         every problem of every note, as file:line: message

Options:
  --as-of YYYY-MM-DD   the date ongoing rotations are aged to (default: today)
  --strict             exit 1 when any problem is found
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 ok; 1 problems found (with --strict) or a failure; 2 usage error.
`;

const COMMANDS: Record<string, (args: ParsedArgs, io: CliIO) => number | Promise<number>> = {
  parse: parseCommand,
  index: indexCommand,
  check: checkCommand,
};

export async function runCli(argv: string[], io: CliIO): Promise<number> {
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
  if (args.command === null) return usage(io, "no command given");
  const run = COMMANDS[args.command];
  if (!run) return usage(io, `unknown command "${args.command}"`);
  try {
    return await run(args, io);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    io.err(`rotation-lens: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.problems;
  }
}

function usage(io: CliIO, message: string): number {
  io.err(`rotation-lens: ${message} (try --help)`);
  return EXIT.usage;
}

/** Node entry point; skipped when tests import runCli. */
if (require.main === module) {
  const io: CliIO = {
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
    errIsTTY: Boolean(process.stderr.isTTY),
    today: isoDay(new Date()),
  };
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
