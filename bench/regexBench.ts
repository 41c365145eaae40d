/**
 * The adversarial-regex run: every regex literal of src/core on long runs of its own characters. Each is
 * tried at 1 KB and 10 KB first; one already slow there is reported without the 100 KB run, which could take hours.
 */
import path from "node:path";
import { adversarialInputs, regexesIn, runRegex } from "./regexAudit";

export interface RegexReport {
  regexes: number;
  inputs: number;
  /** The slowest single run at 100 KB (or at 10 KB when it was too slow to go on), and where that regex is. */
  worstMs: number;
  worstAt: string;
  /** Regexes over the budget at either size. */
  slow: string[];
}

/** Per run: a linear pattern reads 100 KB in well under a millisecond; a quadratic one needs seconds. */
export const REGEX_BUDGET_MS = 20;

export function regexBench(root: string): RegexReport {
  const { literals } = regexesIn(path.join(root, "src/core"), root);
  let inputs = 0;
  let worstMs = 0;
  let worstAt = "";
  const slow: string[] = [];
  for (const { at, re } of literals) {
    // Linear time means 1 KB and 10 KB each cost a tenth or less of the budget; anything slower is not linear enough to go on.
    let ms = 0;
    let reached = 0;
    for (const size of [1_000, 10_000, 100_000]) {
      ms = slowestRun(re, size);
      reached = size;
      if (size < 100_000 && ms > REGEX_BUDGET_MS / 10) break;
    }
    inputs += adversarialInputs(re, 1).length;
    if (ms > worstMs) [worstMs, worstAt] = [ms, at];
    if (reached < 100_000 || ms > REGEX_BUDGET_MS) slow.push(at);
  }
  return { regexes: literals.length, inputs, worstMs, worstAt, slow };
}

function slowestRun(re: RegExp, size: number): number {
  let worst = 0;
  for (const input of adversarialInputs(re, size)) {
    runRegex(re, input);
    const t0 = performance.now();
    runRegex(re, input);
    worst = Math.max(worst, performance.now() - t0);
    if (worst > 1000) break;
  }
  return worst;
}
