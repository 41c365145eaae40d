/** Runs a block's YAML to its chart data or verdict, or the message the block shows instead: one evaluator for the plugin's blocks and `cli blocks`. */
import type { Episode } from "../episodes/types";
import type { NoteModel } from "../model/types";
import type { Verdict } from "../classify/verdict";
import type { Taxonomy } from "../taxonomy/taxonomy";
import { readBlockYaml } from "./blockYaml";
import type { ChartData } from "./chartData";
import { readChartSpec, type ChartSpec, type TableChartSpec } from "./chartSpec";
import { episodeSeries } from "./episodeSeries";
import { runClassify } from "./runClassify";
import { selectTable } from "./selectTable";
import { tableSeries } from "./tableSeries";

export interface BlockContext {
  /** The note a link names, from the note holding the block ("" is that note); null when there is none. */
  note: (linktext: string) => Promise<NoteModel | null>;
  /** The vault's episodes as of the context's date (asked for only by `data: episodes` charts). */
  episodes: () => Promise<Episode[]>;
  asOf: string;
  taxonomy: Taxonomy;
}

/** What a block shows in place of its chart or verdict. */
export interface BlockMessage {
  ok: false;
  title: string;
  detail: string;
  hint?: string;
}

export type ChartOutcome = { ok: true; chart: ChartData; spec: ChartSpec } | BlockMessage;
export type ClassifyOutcome = { ok: true; verdict: Verdict } | BlockMessage;

export async function evaluateChart(source: string, ctx: BlockContext): Promise<ChartOutcome> {
  const yaml = readBlockYaml(source);
  if (!yaml.ok) return message("Chart settings cannot be read", yaml.error);
  const read = readChartSpec(yaml.data);
  if (!read.ok) return message("Chart settings need a fix", read.error);
  const spec = read.spec;
  if (spec.data === "episodes") {
    const result = episodeSeries(await ctx.episodes(), spec, ctx.asOf);
    return result.ok ? { ok: true, chart: result.chart, spec } : message("Nothing to chart", result.error);
  }
  return tableChart(spec, ctx);
}

async function tableChart(spec: TableChartSpec, ctx: BlockContext): Promise<ChartOutcome> {
  const note = await ctx.note(spec.source.note);
  if (!note) return message("Source note not found", `No note "${spec.source.note}" in this vault.`, 'Check the name in source:, for example source: "[[Sector Rotation#Historical rotations]]".');
  const pick = selectTable(note, spec.source, spec.table);
  if (!pick.ok) return message("Table not found", pick.error);
  const result = tableSeries(pick.table, spec, note.title);
  return result.ok ? { ok: true, chart: result.chart, spec } : message("Nothing to chart", result.error);
}

export async function evaluateClassify(source: string, ctx: BlockContext): Promise<ClassifyOutcome> {
  const yaml = readBlockYaml(source);
  if (!yaml.ok) return message("Classifier settings cannot be read", yaml.error);
  const result = await runClassify(yaml.data, ctx);
  return result.ok ? result : message("Classifier needs a fix", result.error);
}

function message(title: string, detail: string, hint?: string): BlockMessage {
  return hint === undefined ? { ok: false, title, detail } : { ok: false, title, detail, hint };
}
