/**
 * Writes the index note on disk from core's plan, never losing a byte: a strict UTF-8 read (anything else is
 * refused), a temporary file created exclusively under a random name beside the note, fsync, then a rename.
 * A symlinked note is written through to its target when that target is inside the vault, and refused when not;
 * a read-only note is refused. The note keeps its permissions.
 */
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { planIndexNote, type IndexPlanInput } from "../core/indexNote/planIndexNote";
import { EXIT, type CliIO } from "./io";
import { counted } from "../core/text/plural";

/** Strict, and keeping a BOM: the note's first bytes are the user's too. */
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

class Refusal extends Error {
  constructor(
    message: string,
    readonly line = 1,
  ) {
    super(message);
  }
}

export function writeIndexNote(vaultDir: string, rel: string, input: Omit<IndexPlanInput, "title">, io: CliIO): number {
  const shown = path.join(vaultDir, rel);
  try {
    const target = realTarget(vaultDir, rel);
    const current = target.stats ? readStrict(target.file) : null;
    const plan = planIndexNote(current, { ...input, title: path.basename(rel, ".md") });
    if (plan.status === "refused") throw new Refusal(plan.reason, plan.line);
    for (const p of plan.problems) io.err(`${shown}:${p.line}: ${p.message}`);
    if (plan.status === "unchanged") {
      io.out(`${shown} is up to date (${counted(input.episodes, "episode")})`);
      return EXIT.ok;
    }
    if (!target.stats) mkdirSync(path.dirname(target.file), { recursive: true });
    replaceAtomically(target.file, plan.text, target.stats ? target.stats.mode & 0o7777 : 0o644);
    io.out(`Wrote ${shown} (${counted(input.episodes, "episode")})`);
    return EXIT.ok;
  } catch (e) {
    const line = e instanceof Refusal ? e.line : 1;
    // A refusal about the path itself (a folder) has no line to point at.
    const where = line > 0 ? `${shown}:${line}` : shown;
    const why = e instanceof Refusal ? e.message.replace(/\.$/, "") : `could not write the index note (${messageOf(e)})`;
    io.err(`${where}: ${why}; it is unchanged`);
    return EXIT.problems;
  }
}

/** The file to replace: the note itself, or a symlink's target inside the vault; its stats when it exists. */
function realTarget(vaultDir: string, rel: string): { file: string; stats: Stats | null } {
  const root = realpathSync(vaultDir);
  const file = path.resolve(root, rel);
  if (!inside(root, file)) throw new Refusal(`the index note's path leaves the vault`);
  const link = lstatOrNull(file);
  if (link === null) {
    // Not there yet: its nearest existing folder must be inside the vault too (a symlinked folder could lead out).
    const folder = realpathSync(existingAncestor(path.dirname(file)));
    if (folder !== root && !inside(root, folder)) throw new Refusal("the index note's folder leads outside the vault");
    return { file, stats: null };
  }
  const real = link.isSymbolicLink() ? realOrRefuse(file) : path.join(realpathSync(path.dirname(file)), path.basename(file));
  if (!inside(root, real)) throw new Refusal(`the index note is a link to ${real}, outside the vault; Rotation Lens writes only inside it`);
  const stats = statSync(real);
  if (stats.isDirectory())
    throw new Refusal(
      `the index note's path ${rel} is a folder, not a note; choose another path (--index-path, or the plugin's settings)`,
      0,
    );
  if (!stats.isFile()) throw new Refusal(`the index note's path ${rel} is a special file, not a note`, 0);
  if ((stats.mode & 0o200) === 0) throw new Refusal("the index note is read-only; make it writable to let Rotation Lens refresh it");
  return { file: real, stats };
}

function readStrict(file: string): string {
  const bytes = readFileSync(file);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Refusal("the index note is not UTF-8 text; Rotation Lens does not rewrite it");
  }
}

/** Exclusive temporary file (never follows a planted link), flushed to disk, then renamed over the note. */
function replaceAtomically(file: string, text: string, mode: number): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(8).toString("hex")}.tmp`);
  const fd = openSync(tmp, "wx", 0o600);
  try {
    try {
      writeSync(fd, Buffer.from(text, "utf8"));
      fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or never written: nothing of ours is left behind.
    }
    throw e;
  }
}

function realOrRefuse(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    throw new Refusal("the index note is a link that leads nowhere");
  }
}

function existingAncestor(dir: string): string {
  let at = dir;
  while (lstatOrNull(at) === null && path.dirname(at) !== at) at = path.dirname(at);
  return at;
}

function lstatOrNull(p: string): Stats | null {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/** An error's first line, whatever realm threw it. */
function messageOf(e: unknown): string {
  const m = e && typeof e === "object" && "message" in e ? String(e.message) : String(e);
  return m.split("\n")[0];
}
