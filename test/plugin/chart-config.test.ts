import { readChartSpec, type TableChartSpec } from "../../src/core/charts/chartSpec";
import { tableSeries } from "../../src/core/charts/tableSeries";
import { parseNote } from "../../src/core/parse/parseNote";
import { chartConfig } from "../../src/plugin/blocks/chartRenderer";

const COLORS = { accent: "#7c6cf2", text: "#222", muted: "#888", grid: "#ccc", palette: ["#7c6cf2", "#e07b39"] };

/** The chart.js configuration a `rotation-chart` block would get for a daily flow table of `days` rows. */
function configFor(days: number): ReturnType<typeof chartConfig> {
  const rows = Array.from({ length: days }, (_, i) => `| ${i + 1} | ${(i % 40) - 20}% |`);
  const note = parseNote("Flows.md", ["| Day | Flow |", "|---|---|", ...rows].join("\n"));
  const spec = readChartSpec({ x: "Day", y: "Flow", type: "line" });
  if (!spec.ok) throw new Error(spec.error);
  const data = tableSeries(note.tables[0], spec.spec as TableChartSpec, note.title);
  if (!data.ok) throw new Error(data.error);
  return chartConfig(data.chart, { colors: COLORS, animation: false });
}

describe("chart.js configuration of long and short series", () => {
  it("draws the dots of a short line and measures all of its labels", () => {
    const config = configFor(30);
    expect(config.data.datasets[0]).toMatchObject({ type: "line", pointRadius: 2 });
    expect(config.options?.scales?.x?.ticks).not.toHaveProperty("sampleSize");
  });

  it("draws a line of a thousand days without dots and sizes its axis from a sample of labels", () => {
    const config = configFor(1000);
    expect(config.data.datasets[0]).toMatchObject({ type: "line", pointRadius: 0 });
    expect(config.data.datasets[0].data).toHaveLength(1000);
    expect(config.options?.scales?.x?.ticks).toMatchObject({ sampleSize: 50 });
  });
});
