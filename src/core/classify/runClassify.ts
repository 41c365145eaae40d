/** Runs a rotation-classify block: reads its YAML settings, resolves cell references, and calls the classifier it names. */
import { parseFigure } from "../figures/parseFigure";
import { breadth } from "./breadth";
import { dispersion } from "./dispersion";
import { durationScenarios } from "./durationScenarios";
import { rules } from "./rules";
import { isCellRef, resolveCellRef } from "./cellRef";
import type { Verdict, VerdictInput } from "./verdict";
import { classifyRotation } from "../taxonomy/classifyRotation";
import { periodToRange } from "../dates/periodToRange";
import type { BlockContext } from "../context/blockContext";
import { parseNoteRef } from "../model/noteRef";
import { selectTable } from "../model/selectTable";
import { shown, textListOf, textOf, wholeNumberOf } from "../parse/blockYaml";

/** A classifier never asks for the vault's episodes. */
export type ClassifyContext = Pick<BlockContext, "note" | "asOf" | "taxonomy">;

export type ClassifyResult = { ok: true; verdict: Verdict } | { ok: false; error: string };

type Source = VerdictInput["source"];
const KNOWN = ["breadth", "type", "dispersion", "duration"];

export async function runClassify(data: Record<string, unknown>, ctx: ClassifyContext): Promise<ClassifyResult> {
  try {
    if (data.rules !== undefined) return await runRules(data, ctx);
    const name = textOf(data.classifier)?.toLowerCase();
    if (!name) return fail(`Name a classifier (classifier: ${KNOWN.join(" | ")}) or a decision table (rules: "[[Note#Heading]]").`);
    if (name === "breadth") return await runBreadth(data, ctx);
    if (name === "dispersion") return await runDispersion(data, ctx);
    if (name === "duration") return runDuration(data, ctx);
    if (name === "type") return runType(data, ctx);
    return fail(`classifier: "${name}" is not known; use ${KNOWN.join(", ")}, or rules:.`);
  } catch (e) {
    return fail(e instanceof InputError ? e.message : `Unexpected: ${String(e)}`);
  }
}

class InputError extends Error {}

function fail(error: string): ClassifyResult {
  return { ok: false, error };
}

/** A number from a literal (-0.53, "-0.53%", "300+") or a cell reference. */
async function numberInput(
  data: Record<string, unknown>,
  key: string,
  ctx: ClassifyContext,
  required = true,
): Promise<{ value: number; source?: Source } | null> {
  const raw = data[key];
  if (raw === undefined || raw === null || raw === "") {
    if (required) throw new InputError(`${key}: is missing.`);
    return null;
  }
  if (typeof raw === "number") return { value: raw };
  if (isCellRef(raw)) {
    const cell = await resolveCellRef(raw, ctx.note);
    if ("error" in cell) throw new InputError(`${key}: ${cell.error}`);
    if (typeof cell.figure?.value !== "number") throw new InputError(`${key}: the cell reads "${cell.value}", which has no number.`);
    return { value: cell.figure.value, source: cell.source };
  }
  const f = typeof raw === "string" ? parseFigure(raw) : null;
  if (typeof f?.value !== "number")
    throw new InputError(`${key}: ${JSON.stringify(raw)} is not a number or a cell reference ([[Note#Heading]] Row > Column).`);
  return { value: f.value };
}

async function runBreadth(data: Record<string, unknown>, ctx: ClassifyContext): Promise<ClassifyResult> {
  const index = await numberInput(data, "index", ctx);
  const up = await numberInput(data, "up", ctx, false);
  const total = await numberInput(data, "total", ctx, false);
  const share = await numberInput(data, "share", ctx, false);
  if (!up && !share) throw new InputError("Give up: with total:, or share: (0–1 or a percent).");
  if (up && !total) throw new InputError("total: is missing (how many constituents the index has).");
  const shareUp = share ? (share.value > 1 ? share.value / 100 : share.value) : undefined;
  const v = breadth({
    indexChange: index!.value,
    up: up?.value,
    total: total?.value,
    shareUp,
    sources: { index: index!.source, up: up?.source, total: total?.source, share: share?.source },
  });
  return v.problems ? fail(v.problems[0]) : { ok: true, verdict: v };
}

async function runDispersion(data: Record<string, unknown>, ctx: ClassifyContext): Promise<ClassifyResult> {
  const single = await numberInput(data, "single_stock_iv", ctx);
  const index = (await numberInput(data, "index_iv", ctx, false)) ?? (await numberInput(data, "vix", ctx, false));
  if (!index) throw new InputError("index_iv: (or vix:) is missing.");
  const corr = await numberInput(data, "implied_correlation", ctx, false);
  const v = dispersion({
    singleStockIv: single!.value,
    indexIv: index.value,
    impliedCorrelation: corr?.value,
    sources: { singleStockIv: single!.source, indexIv: index.source, impliedCorrelation: corr?.source },
  });
  return v.problems ? fail(v.problems[0]) : { ok: true, verdict: v };
}

function runDuration(data: Record<string, unknown>, ctx: ClassifyContext): ClassifyResult {
  const startText = textOf(data.start);
  const start = startText ? periodToRange(startText) : null;
  if (!start) return fail(`start: "${shown(data.start)}" is not a date (for example 2025-10-29 or late December 2025).`);
  const asOfText = textOf(data.as_of);
  const asOf = asOfText ? (periodToRange(asOfText)?.start ?? null) : ctx.asOf;
  if (!asOf) return fail(`as_of: "${asOfText}" is not a date.`);
  const v = durationScenarios({ start: start.start, asOf, drivers: textListOf(data.drivers) ?? [] });
  return v.problems ? fail(v.problems[0]) : { ok: true, verdict: v };
}

function runType(data: Record<string, unknown>, ctx: ClassifyContext): ClassifyResult {
  const sell = textListOf(data.sell) ?? [];
  const buy = textListOf(data.buy) ?? [];
  const rotation = textOf(data.rotation);
  if (!rotation && (!sell.length || !buy.length))
    return fail("Give sell: and buy: (sectors or tickers), or rotation: like Growth → Value.");
  const c = classifyRotation({ rotation, sell, buy }, ctx.taxonomy);
  const inputs: VerdictInput[] = [
    ...(rotation ? [{ name: "Rotation", value: rotation }] : []),
    { name: "Sell side", value: sell.join(", ") || "—" },
    { name: "Buy side", value: buy.join(", ") || "—" },
  ];
  return { ok: true, verdict: { label: c.type, rationale: c.reason, inputs } };
}

async function runRules(data: Record<string, unknown>, ctx: ClassifyContext): Promise<ClassifyResult> {
  const ref = parseNoteRef(textOf(data.rules));
  const note = await ctx.note(ref.note);
  if (!note) return fail(`rules: no note "${ref.note}" in this vault.`);
  const pick = selectTable(note, ref, wholeNumberOf(data.table, 1));
  if (!pick.ok) return fail(`rules: ${pick.error}`);
  const raw = data.inputs;
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    return fail("inputs: give the table's columns and values, for example Index: Down.");
  const inputs: Record<string, string> = {};
  const sources: Record<string, Source> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (isCellRef(v)) {
      const cell = await resolveCellRef(v, ctx.note);
      if ("error" in cell) return fail(`inputs.${k}: ${cell.error}`);
      inputs[k] = cell.value;
      sources[k] = cell.source;
    } else {
      const t = textOf(v);
      if (t === null) return fail(`inputs.${k}: use a value or a cell reference.`);
      inputs[k] = t;
    }
  }
  const v = rules(pick.table, inputs, { path: note.path, heading: pick.table.heading?.text });
  v.inputs = v.inputs.map((i) => ({ ...i, source: sources[i.name] }));
  if (v.problems) return fail(`${v.rationale} ${v.problems.join(" ")}`);
  return { ok: true, verdict: v };
}
