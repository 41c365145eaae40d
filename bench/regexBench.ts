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

/** At 100 KB, per run: a linear pattern needs a few milliseconds at most; a quadratic one needs seconds. */
export const REGEX_BUDGET_MS = 50;

export function regexBench(root: string): RegexReport {
  const { literals } = regexesIn(path.join(root, "src/core"), root);
  let inputs = 0;
  let worstMs = 0;
  let worstAt = "";
  const slow: string[] = [];
  for (const { at, re } of literals) {
    const ms = scaledRun(re);
    inputs += adversarialInputs(re, 1).length;
    if (ms > worstMs) [worstMs, worstAt] = [ms, at];
    if (ms > REGEX_BUDGET_MS) slow.push(at);
    if (process.env.REGEX_VERBOSE) console.error(ms.toFixed(1), at);
  }
  return { regexes: literals.length, inputs, worstMs, worstAt, slow };
}

/**
 * The slowest run at 100 KB, climbing there in steps of ×4 and stopping early (reporting Infinity) when a
 * step grows more than ×8 past 10 ms, or a smaller input is already over budget: such a pattern could
 * take hours at 100 KB.
 */
function scaledRun(re: RegExp): number {
  let last = 0;
  for (const size of [1_600, 6_400, 25_600, 102_400]) {
    const ms = slowestRun(re, size);
    if (ms > REGEX_BUDGET_MS && size < 102_400) return Infinity;
    // Growth counts only past noise, and only when a second measure of both sizes shows it again: a busy
    // machine or one garbage collection can make a few milliseconds look like a jump.
    if (ms > 10 && ms > 8 * last && slowestRun(re, size) > 8 * slowestRun(re, size / 4)) return Infinity;
    last = ms;
  }
  return last;
}

function slowestRun(re: RegExp, size: number): number {
  let worst = 0;
  for (const input of adversarialInputs(re, size)) {
    // The best of three runs: a garbage collection in one of them is not the pattern's cost.
    let best = Infinity;
    for (let run = 0; run < 3 && (run === 0 || best <= REGEX_BUDGET_MS); run++) {
      const t0 = performance.now();
      runRegex(re, input);
      best = Math.min(best, performance.now() - t0);
    }
    worst = Math.max(worst, best);
    if (worst > REGEX_BUDGET_MS) break;
  }
  return worst;
}
