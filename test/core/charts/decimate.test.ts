import { readChartSpec, type TableChartSpec } from "../../../src/core/charts/chartSpec";
import type { ChartData } from "../../../src/core/charts/chartData";
import { decimate, MAX_DRAWN_POINTS } from "../../../src/core/charts/decimate";
import { tableSeries } from "../../../src/core/charts/tableSeries";
import { parseNote } from "../../../src/core/parse/parseNote";

/** A daily flow table like the seed notes' XMAG table, `days` rows long, with one outflow spike and one inflow spike. */
function flowChart(days: number, settings: Record<string, unknown> = { x: "Day", y: "Flow", type: "line" }): ChartData {
  const rows = Array.from({ length: days }, (_, i) => {
    const flow = i === 4321 ? "-$900M" : i === 777 ? "+$650M" : `~$${(i * 7) % 40}M`;
    return `| 2026-01-${String((i % 28) + 1).padStart(2, "0")} #${i} | ${flow} | ${(i % 9) - 4}% |`;
  });
  const note = parseNote("Flows.md", ["| Day | Flow | Return |", "|---|--:|--:|", ...rows].join("\n"));
  const spec = readChartSpec(settings);
  if (!spec.ok) throw new Error(spec.error);
  const data = tableSeries(note.tables[0], spec.spec as TableChartSpec, note.title);
  if (!data.ok) throw new Error(data.error);
  return data.chart;
}

describe("thinning long series before drawing", () => {
  it("leaves a series that fits alone", () => {
    const chart = flowChart(600);
    expect(decimate(chart)).toEqual({ chart, of: null });
  });

  it("draws at most a thousand of ten thousand points, keeping both spikes and the order of days", () => {
    const chart = flowChart(10_000);
    const { chart: drawn, of } = decimate(chart);
    expect(of).toBe(10_000);
    expect(drawn.labels.length).toBeLessThanOrEqual(MAX_DRAWN_POINTS);
    expect(drawn.labels.length).toBeGreaterThan(MAX_DRAWN_POINTS / 2);
    const flows = drawn.series[0].values;
    expect(Math.min(...(flows as number[]))).toBe(-900e6);
    expect(Math.max(...(flows as number[]))).toBe(650e6);
    expect(drawn.labels[flows.indexOf(-900e6)]).toBe(chart.labels[4321]);
    const order = drawn.labels.map((l) => Number(l.slice(l.indexOf("#") + 1)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("keeps every series' extremes and the labels they belong to", () => {
    const chart = flowChart(5000, { x: "Day", y: ["Flow", "Return"], type: "line" });
    const { chart: drawn } = decimate(chart);
    expect(drawn.series.map((s) => s.values.length)).toEqual([drawn.labels.length, drawn.labels.length]);
    expect(drawn.labels.length).toBeLessThanOrEqual(MAX_DRAWN_POINTS);
    expect(new Set(drawn.series[1].values)).toEqual(new Set(chart.series[1].values));
    drawn.labels.forEach((label, k) => {
      const i = chart.labels.indexOf(label);
      expect(drawn.series[1].values[k]).toBe(chart.series[1].values[i]);
    });
  });
});
