/** `check <vault-dir> [--strict]`: every problem of every note, as file:line: message, so a research vault can be linted. */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseNote } from "../../core/parse/parseNote";
import { checkFlags, type ParsedArgs } from "../args";
import { EXIT, UsageError, type CliIO } from "../io";
import { readVault } from "../readVault";

export function checkCommand(args: ParsedArgs, io: CliIO): number {
  const bad = checkFlags(args, ["strict"]);
  if (bad) throw new UsageError(bad);
  const dir = args.positional[0];
  if (!dir || args.positional.length > 1) throw new UsageError("check needs exactly one vault folder");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such folder`);
  const { notes, problems: readProblems } = readVault(dir);
  let count = readProblems.length;
  for (const p of readProblems) io.out(`${path.join(dir, p.path)}: ${p.message}`);
  for (const n of notes) {
    for (const p of parseNote(n.path, n.text).problems) {
      io.out(`${path.join(dir, n.path)}:${p.line}: ${p.message}`);
      count++;
    }
  }
  io.err(`${notes.length} notes checked, ${count} problem${count === 1 ? "" : "s"}`);
  return args.flags.has("strict") && count > 0 ? EXIT.problems : EXIT.ok;
}
