/**
 * Runs a rotation-chart block's YAML to its chart data, or the message the block shows instead: one evaluator for the
 * plugin's blocks and `cli blocks`.
 */
import { blockMessage as message, type BlockContext, type BlockMessage } from "../context/blockContext";
import { selectTable } from "../model/selectTable";
import { readBlockYaml } from "../parse/blockYaml";
import type { ChartData } from "./chartData";
import { readChartSpec, type ChartSpec, type TableChartSpec } from "./chartSpec";
import { episodeSeries } from "./episodeSeries";
import { tableSeries } from "./tableSeries";

export type ChartOutcome = { ok: true; chart: ChartData; spec: ChartSpec } | BlockMessage;

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
  if (!note)
    return message(
      "Source note not found",
      `No note "${spec.source.note}" in this vault.`,
      'Check the name in source:, for example source: "[[Sector Rotation#Historical rotations]]".',
    );
  const pick = selectTable(note, spec.source, spec.table);
  if (!pick.ok) return message("Table not found", pick.error);
  const result = tableSeries(pick.table, spec, note.title);
  return result.ok ? { ok: true, chart: result.chart, spec } : message("Nothing to chart", result.error);
}
