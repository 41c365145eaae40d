/** Runs the CLI in-process and collects what it wrote: the exit code, stdout and stderr as text. */
import { runCli } from "../../src/cli/main";

export async function cliRun(argv: string[], today = "2026-03-01"): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), errIsTTY: false, today });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
