/**
 * Runs a rotation-classify block's YAML to its verdict, or the message the block shows instead: one evaluator for the
 * plugin's blocks and `cli blocks`.
 */
import { blockMessage, type BlockContext, type BlockMessage } from "../context/blockContext";
import { readBlockYaml } from "../parse/blockYaml";
import { runClassify } from "./runClassify";
import type { Verdict } from "./verdict";

export type ClassifyOutcome = { ok: true; verdict: Verdict } | BlockMessage;

export async function evaluateClassify(source: string, ctx: BlockContext): Promise<ClassifyOutcome> {
  const yaml = readBlockYaml(source);
  if (!yaml.ok) return blockMessage("Classifier settings cannot be read", yaml.error);
  const result = await runClassify(yaml.data, ctx);
  return result.ok ? result : blockMessage("Classifier needs a fix", result.error);
}
