/** @jest-environment jsdom */
import { readBlockYaml } from "../../src/core/parse/blockYaml";
import { readChartSpec, type TableChartSpec } from "../../src/core/charts/chartSpec";
import { selectTable } from "../../src/core/model/selectTable";
import { tableSeries } from "../../src/core/charts/tableSeries";
import { parseNote } from "../../src/core/parse/parseNote";
import { Editor, MarkdownView, MemoryStore } from "../fakes/obsidian";
import { loadPlugin } from "../harness/testApp";

type Cmd = { editorCallback?: (e: Editor, v: MarkdownView) => unknown };

/** A note whose headings and column names hold the characters YAML and links read as syntax. */
const NOTE = [
  "# Flows",
  "",
  '## Desk says "rotate": now',
  "",
  '| Month | Net "in": $M | # of funds |',
  "| --- | --- | --- |",
  "| Jan | 12 | 3 |",
  "| Feb | 30 | 4 |",
  "",
  "## Q3 #1 flows | energy",
  "",
  "| Week | Flow |",
  "| --- | --- |",
  "| 1 | 5 |",
  "| 2 | 7 |",
  "",
].join("\n");

/** Run "Insert a rotation chart" with the cursor on `lineText`; the block it inserted and the note after. */
async function insertAt(lineText: string): Promise<{ block: string; text: string }> {
  const l = await loadPlugin(new MemoryStore({ "Flows.md": NOTE }));
  const file = l.app.vault.getFileByPath("Flows.md");
  const editor = new Editor(NOTE, { line: NOTE.split("\n").indexOf(lineText), ch: 0 });
  const cmd = (l.plugin as unknown as { commands: Map<string, Cmd> }).commands.get("insert-chart")!;
  await cmd.editorCallback!(editor, new MarkdownView(file, editor));
  const text = editor.getValue();
  const block = /```rotation-chart\n[\s\S]*?\n```/.exec(text)?.[0] ?? "";
  return { block, text };
}

/** Read the inserted block as the chart block would: its YAML, its spec, the table it names and its first series. */
function chartOf(block: string, text: string): { spec: TableChartSpec; tableLine: number; values: (number | null)[] } {
  const yaml = readBlockYaml(block.split("\n").slice(1, -1).join("\n"));
  if (!yaml.ok) throw new Error(`invalid YAML: ${JSON.stringify(yaml)}`);
  const spec = readChartSpec(yaml.data);
  if (!spec.ok || spec.spec.data !== "table") throw new Error(`invalid spec: ${JSON.stringify(spec)}`);
  const note = parseNote("Flows.md", text);
  const pick = selectTable(note, spec.spec.source, spec.spec.table);
  if (!pick.ok) throw new Error(pick.error);
  const series = tableSeries(pick.table, spec.spec, note.title);
  if (!series.ok) throw new Error("no series");
  return { spec: spec.spec, tableLine: pick.table.line, values: series.chart.series[0].values };
}

describe("inserting a chart under a heading and columns holding quotes, colons and #", () => {
  it("writes YAML that parses, naming the columns exactly and charting the table under the cursor", async () => {
    const { block, text } = await insertAt("| Feb | 30 | 4 |");
    const chart = chartOf(block, text);
    expect(chart.tableLine).toBe(5);
    expect(chart.spec.x).toBe("Month");
    expect(chart.spec.y).toEqual(['Net "in": $M', "# of funds"]);
    expect(chart.values).toEqual([12, 30]);
  });

  it("names the table by its place in the note when the heading cannot be linked to", async () => {
    const { block, text } = await insertAt("| 2 | 7 |");
    expect(block).not.toContain("source:");
    const chart = chartOf(block, text);
    expect(chart.tableLine).toBe(12);
    expect(chart.values).toEqual([5, 7]);
  });
});
