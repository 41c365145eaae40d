/** `check <vault-dir> [--strict]`: every problem of every note, as file:line: message, so a research vault can be linted. */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseNote } from "../../core/parse/parseNote";
import { checkFlags, type ParsedArgs } from "../args";
import { EXIT, UsageError, type CliIO } from "../io";
import { readVault } from "../readVault";
import { VaultIndex } from "../../core/vault/VaultIndex";
import { reportConflicts, reportSilentRotationNotes } from "../rotationChecks";

export function checkCommand(args: ParsedArgs, io: CliIO): number {
  const bad = checkFlags(args, ["strict"]);
  if (bad) throw new UsageError(bad);
  const dir = args.positional[0];
  if (!dir || args.positional.length > 1) throw new UsageError("check needs exactly one vault folder");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such folder`);
  const { notes, problems: readProblems } = readVault(dir);
  let count = readProblems.length;
  for (const p of readProblems) io.out(`${path.join(dir, p.path)}: ${p.message}`);
  const index = new VaultIndex();
  const models = notes.map((n) => ({ model: parseNote(n.path, n.text), text: n.text }));
  for (const { model, text } of models) {
    index.update(model, text);
    for (const p of model.problems) {
      io.out(`${path.join(dir, model.path)}:${p.line}: ${p.message}`);
      count++;
    }
  }
  // Notices, not problems: a rotation note may hold no episode on purpose, and merged notes may disagree.
  const silent = reportSilentRotationNotes(dir, models, io);
  const conflicts = reportConflicts(dir, index, io.today, io);
  if (silent + conflicts > 0) io.out(`${silent} rotation note${silent === 1 ? "" : "s"} with no episode, ${conflicts} conflict${conflicts === 1 ? "" : "s"} in merged episodes`);
  io.err(`${notes.length} notes checked, ${count} problem${count === 1 ? "" : "s"}`);
  return args.flags.has("strict") && count > 0 ? EXIT.problems : EXIT.ok;
}
