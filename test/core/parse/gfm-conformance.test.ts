import { readFileSync } from "node:fs";
import path from "node:path";
import { parseNote } from "../../../src/core/parse/parseNote";
import { FIXTURES } from "../../helpers/paths";

interface Case {
  id: string;
  markdown: string;
  tables: { headers: string[]; rows: string[][] }[];
}

const cases = (JSON.parse(readFileSync(path.join(FIXTURES, "gfm/gfm-tables.json"), "utf8")) as { cases: Case[] }).cases;

describe("GFM spec, Tables (extension): every example", () => {
  it("has the 24 cases", () => expect(cases).toHaveLength(24));

  it.each(cases.map((c) => [c.id, c] as const))("%s: our cells equal the spec's", (_id, c) => {
    const model = parseNote("case.md", c.markdown);
    const got = model.tables.map((t) => ({
      headers: t.header.cells.map((x) => x.text),
      rows: t.rows.map((r) => r.cells.map((x) => x.text)),
    }));
    expect(got).toEqual(c.tables);
  });
});
