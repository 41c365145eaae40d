/**
 * A block's outcome in words for the terminal: a chart's type, series, points and units, a verdict with the rows and
 * cells it used, or the block's own message.
 */
import type { ChartData } from "../core/charts/chartData";
import type { ChartOutcome } from "../core/charts/evaluateChart";
import type { ClassifyOutcome } from "../core/classify/evaluateClassify";
import type { BlockMessage } from "../core/context/blockContext";
import type { Verdict } from "../core/classify/verdict";
import { counted } from "../core/text/plural";

export function chartInWords(outcome: ChartOutcome): string {
  if (!outcome.ok) return messageInWords(outcome);
  const { chart, spec } = outcome;
  const kind = spec.data === "episodes" ? `${spec.type} chart of episodes` : `${spec.type} chart`;
  const title = chart.title ? ` "${chart.title}"` : "";
  const from = chart.sourceLine !== null ? ` from ${chart.sourceNote}, table at line ${chart.sourceLine}` : "";
  const axes = chart.axes ? `; axes: ${chart.axes.label} / ${chart.axes.value}` : "";
  const note = chart.note ? `; ${chart.note}` : "";
  return `${kind}${title}${from}: ${counted(chart.labels.length, "label")}${axis(chart)}; ${chart.series.map(seriesInWords).join("; ")}${axes}${note}`;
}

export function verdictInWords(outcome: ClassifyOutcome): string {
  if (!outcome.ok) return messageInWords(outcome);
  return verdictText(outcome.verdict);
}

function verdictText(v: Verdict): string {
  const inputs = v.inputs.map((i) => `${i.name} ${i.value}${i.source ? ` (${i.source.path}:${i.source.line})` : ""}`);
  const outputs = (v.outputs ?? []).map((o) => `${o.name}: ${o.value}`);
  return [
    `${v.label}: ${v.rationale.replace(/\.$/, "")}`,
    `inputs: ${inputs.join(", ") || "none"}`,
    ...(outputs.length ? [`outputs: ${outputs.join(", ")}`] : []),
  ].join("; ");
}

/** The message the block shows, in one line: its title, what is wrong, and the hint. */
function messageInWords(m: BlockMessage): string {
  return [m.title, m.detail, m.hint]
    .filter((x) => x)
    .join(": ")
    .replace(/\.: /g, ". ");
}

function seriesInWords(s: ChartData["series"][number]): string {
  const points = (s.ranges ?? s.values).filter((v) => v !== null).length;
  return `${s.label} (${s.open ? "open " : ""}${s.kind}, ${counted(points, "point")})`;
}

function axis(chart: ChartData): string {
  const unit = chart.unit === null ? "" : `, values in ${chart.unit === "year" ? "years" : chart.unit}`;
  return `${chart.horizontal ? ", horizontal" : ""}${chart.stacked ? ", stacked" : ""}${unit}`;
}
