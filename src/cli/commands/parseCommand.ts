/** `parse <note.md|folder>... [--json]`: the note model of each note, as JSON lines or an outline. */
import { existsSync, statSync } from "node:fs";
import { parseNote } from "../../core/parse/parseNote";
import { failureMessage } from "../../core/episodeIndex/readSafely";
import { checkFlags, type ParsedArgs } from "../args";
import { EXIT, UsageError, type CliIO } from "../io";
import { noteToJson, noteToOutline } from "../noteJson";
import { readNoteFile, readVault, type DiskNote, type ReadProblem } from "../readVault";

export function parseCommand(args: ParsedArgs, io: CliIO): number {
  const bad = checkFlags(args, ["json"]);
  if (bad) throw new UsageError(bad);
  if (args.positional.length === 0) throw new UsageError("parse needs at least one note or folder");
  const missing = args.positional.find((p) => !existsSync(p));
  if (missing !== undefined) throw new UsageError(`${missing}: no such file or folder`);
  const { notes, problems } = collect(args.positional);
  for (const p of problems) io.err(`${p.path}: ${p.message}`);
  const json = args.flags.has("json");
  let shown = 0;
  for (const n of notes) {
    // Each note in its own try: one that cannot be read or written out is named, and the next is read.
    try {
      const model = parseNote(n.path, n.text);
      io.out(json ? JSON.stringify(noteToJson(model)) : `${noteToOutline(model)}\n`);
      shown++;
    } catch (e) {
      io.err(`${n.path}: ${failureMessage(e)}`);
    }
  }
  return shown === 0 && notes.length + problems.length > 0 ? EXIT.problems : EXIT.ok;
}

/** Files as given; a folder stands for all its notes, named relative to it. */
function collect(paths: string[]): { notes: DiskNote[]; problems: ReadProblem[] } {
  const notes: DiskNote[] = [];
  const problems: ReadProblem[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      problems.push({ path: p, message: "no such file or folder" });
      continue;
    }
    if (isDir) {
      const vault = readVault(p);
      for (const n of vault.notes) notes.push(n);
      for (const q of vault.problems) problems.push({ ...q, path: `${p.replace(/\/+$/, "")}/${q.path}` });
    } else {
      const { note, problem } = readNoteFile(p, p);
      if (note) notes.push(note);
      if (problem) problems.push(problem);
    }
  }
  return { notes, problems };
}
