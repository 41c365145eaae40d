/** Reads a vault folder into the core index, with a progress bar on a terminal for large vaults. */
import { parseNote } from "../core/parse/parseNote";
import { VaultIndex } from "../core/vault/VaultIndex";
import type { CliIO } from "./io";
import { readVault, type ReadProblem } from "./readVault";

const PROGRESS_FROM = 500;

export function loadVaultIndex(dir: string, io: CliIO, isSource: (path: string) => boolean = () => true): { index: VaultIndex; readProblems: ReadProblem[] } {
  const { notes, problems } = readVault(dir);
  const index = new VaultIndex();
  const sources = notes.filter((n) => isSource(n.path));
  const showProgress = io.errIsTTY && sources.length >= PROGRESS_FROM;
  sources.forEach((n, i) => {
    index.update(parseNote(n.path, n.text), n.text);
    if (showProgress && (i % 200 === 0 || i === sources.length - 1)) io.err(`\rReading notes ${i + 1}/${sources.length}`);
  });
  if (showProgress) io.err("\n");
  return { index, readProblems: problems };
}
