/** `check <vault-dir> [--strict]`: every problem of every note, as file:line: message, so a research vault can be linted. */
import path from "node:path";
import { EpisodeIndex } from "../../core/episodeIndex/EpisodeIndex";
import { parseSafely, updateSafely } from "../../core/episodeIndex/readSafely";
import type { NoteModel, Problem } from "../../core/model/types";
import { checkFlags, type ParsedArgs } from "../args";
import { EXIT, UsageError, type CliIO } from "../io";
import { readVault } from "../readVault";
import { requireVaultFolder } from "../vaultFolder";
import { sourceFilter } from "../../core/settings/sourceScope";
import { taxonomyFromSettings } from "../../core/settings/taxonomyFromSettings";
import { cliSettings, SETTINGS_FLAGS } from "../vaultSettings";
import { reportConflicts, reportSilentRotationNotes } from "../rotationChecks";
import { counted } from "../../core/text/plural";

export function checkCommand(args: ParsedArgs, io: CliIO): number {
  const bad = checkFlags(args, ["strict", "as-of", ...SETTINGS_FLAGS]);
  if (bad) throw new UsageError(bad);
  const dir = args.positional[0];
  if (!dir || args.positional.length > 1) throw new UsageError("check needs exactly one vault folder");
  requireVaultFolder(dir);
  const settings = cliSettings(dir, args, io);
  const isSource = sourceFilter(settings);
  const read = readVault(dir);
  // The notes the plugin would read: the settings' folders, never the index note.
  const notes = read.notes.filter((n) => isSource(n.path));
  const readProblems = read.problems.filter((p) => isSource(p.path) || !p.path.toLowerCase().endsWith(".md"));
  let count = readProblems.length;
  for (const p of readProblems) io.out(`${path.join(dir, p.path)}: ${p.message}`);
  // Episodes are read too (each note in its own try), so a note that stops the index is named here as well.
  const index = new EpisodeIndex({ taxonomy: taxonomyFromSettings(settings) });
  const models: { model: NoteModel; text: string }[] = [];
  for (const n of notes) {
    const problems = problemsOf(index, n.path, n.text, models);
    for (const p of problems) io.out(`${path.join(dir, n.path)}:${p.line}: ${p.message}`);
    count += problems.length;
  }
  // Notices, not problems: a rotation note may hold no episode on purpose, and merged notes may disagree.
  const silent = reportSilentRotationNotes(dir, models, io);
  const conflicts = reportConflicts(dir, index, settings.asOf, io);
  if (silent + conflicts > 0)
    io.out(`${counted(silent, "rotation note")} with no episode, ${counted(conflicts, "conflict")} between what notes say`);
  io.err(`${counted(notes.length, "note")} checked, ${counted(count, "problem")}`);
  return args.flags.has("strict") && count > 0 ? EXIT.problems : EXIT.ok;
}

/** The parser's problems of one note, or the one problem saying why it could not be read; a model read is kept in `models`. */
function problemsOf(index: EpisodeIndex, notePath: string, text: string, models: { model: NoteModel; text: string }[]): Problem[] {
  const parsed = parseSafely(notePath, text);
  if ("failure" in parsed) return [{ line: 1, message: parsed.failure.message }];
  models.push({ model: parsed.model, text });
  const failure = updateSafely(index, notePath, text, parsed.model);
  return failure ? [...parsed.model.problems, { line: 1, message: failure.message }] : parsed.model.problems;
}
