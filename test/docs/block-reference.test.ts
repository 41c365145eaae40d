/** The README's reference of block keys, accepted values and episode table headers stays true to the code. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readChartSpec } from "../../src/core/charts/chartSpec";
import { SCENARIOS } from "../../src/core/classify/durationScenarios";
import { roleOf } from "../../src/core/episodes/headerRoles";
import { ROTATION_TYPES } from "../../src/core/taxonomy/classifyRotation";
import { ROOT } from "../helpers/paths";

const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("### Every key a block takes"), readme.indexOf("### Checking blocks without Obsidian"));

/** The keys a chart's error message says it takes. */
function keysTaken(data: Record<string, unknown>): string[] {
  const r = readChartSpec({ ...data, not_a_key: 1 });
  if (r.ok) throw new Error("an unknown key was accepted");
  return r.error.slice(r.error.lastIndexOf("takes: ") + 7, -1).split(", ");
}

describe("the README's block reference", () => {
  it("lists every key of a table chart, an episodes chart and filter:", () => {
    const tableRows = [...section.matchAll(/^\| `([a-z_]+)`(?:, `([a-z_]+)`)? \|/gm)].flatMap((m) => [m[1], m[2]].filter(Boolean));
    for (const key of keysTaken({})) expect(tableRows).toContain(key);
    for (const key of keysTaken({ data: "episodes" })) expect([key, section.includes(`\`${key}\``) || section.includes(`\`${key}:\``)]).toEqual([key, true]);
    const filter = readChartSpec({ data: "episodes", filter: { not_a_key: 1 } });
    expect(filter.ok).toBe(false);
    for (const key of (filter.ok ? "" : filter.error).split("takes: ")[1].slice(0, -1).split(", ")) expect(section).toContain(`\`${key}\``);
  });

  it("lists every rotation type a filter accepts and every driver word of the duration classifier", () => {
    for (const type of ROTATION_TYPES) expect(section).toContain(type);
    for (const word of SCENARIOS.flatMap((s) => s.drivers)) expect(section).toContain(`\`${word}\``);
  });

  it("lists episode table headers that the code reads in the role the README gives them", () => {
    const rows = [...section.matchAll(/^\| (period|rotation|trigger|sell side|buy side|duration) \| ([^|]+) \|$/gm)];
    expect(rows).toHaveLength(6);
    const role = (name: string): string => ({ "sell side": "sell", "buy side": "buy" })[name] ?? name;
    for (const [, name, headers] of rows) for (const h of headers.split(", ")) expect([h, roleOf(h)]).toEqual([h, role(name)]);
  });
});
