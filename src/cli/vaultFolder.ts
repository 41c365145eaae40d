/** The vault folder a command was given, or the usage error that says what is wrong with it (missing, or a note instead of a folder). */
import { existsSync, statSync } from "node:fs";
import { UsageError } from "./io";

export function requireVaultFolder(dir: string): void {
  if (!existsSync(dir)) throw new UsageError(`${dir}: no such folder`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`${dir} is a file; give the vault's folder (the folder holding your notes)`);
}
