import { parseNote } from "../../../src/core/parse/parseNote";
import { describeSeed, readNote, SEED_VAULT } from "../../helpers/paths";

const SECTOR = "Sector Rotation.md";
const JAN = "Sector Rotation January 2026.md";
const MECH = "Mechanical Market Rotation - Dispersion Trades Driving Defensive Stock Inflows.md";
const WMT = "Walmart's $1T Surge - A Defensive Rotation or a Tech-Like Re-rating.md";
const parse = (name: string) => parseNote(name, readNote(SEED_VAULT, name));

describeSeed("the user's seed notes", () => {
  it("count the tables each note really has", () => {
    expect(parse(SECTOR).tables).toHaveLength(22);
    expect(parse(JAN).tables).toHaveLength(7);
    expect(parse(MECH).tables).toHaveLength(1);
    expect(parse(WMT).tables).toHaveLength(0);
  });

  it("read the Historical rotations table, with the escaped alias link as one link", () => {
    const note = parse(SECTOR);
    const t = note.tables.find((x) => x.heading?.text === "Historical rotations")!;
    expect(t.header.cells.map((c) => c.text)).toEqual(["Period", "Rotation", "Trigger", "Sell side", "Buy side", "Duration"]);
    expect(t.rows).toHaveLength(8);
    const trigger = t.rows[0].cells[2];
    expect(trigger.text).toBe("SaaSpocalypse, AI disruption");
    expect(trigger.links).toEqual([
      expect.objectContaining({
        kind: "wiki",
        target: "Claude Cowork disruption February 2026",
        alias: "SaaSpocalypse",
        embed: false,
        line: t.rows[0].line,
      }),
    ]);
    expect(t.rows.map((r) => r.cells[0].text)).toEqual(["2026", "2026", "2022", "2020-21", "2018 Q4", "2016", "2000-02", "1973-74"]);
    expect(t.rows[6].cells[5].figure).toMatchObject({ value: 2, unit: "years", bound: "atLeast" });
  });

  it("keep the empty first header cell of the comparison tables", () => {
    const note = parse(SECTOR);
    const cmp = note.tables.filter((t) => t.header.cells[0].text === "");
    expect(cmp.map((t) => t.header.cells.map((c) => c.text))).toEqual([
      ["", "Software → Energy", "Large → Small"],
      ["", "XLE vs IGV (~43pp)", "IWM vs QQQ (~12pp)"],
    ]);
    expect(cmp[0].rows[0].cells.map((c) => c.text)).toEqual(["Sell side", "SaaS, software (IGV -25%)", "Mag 7, Nasdaq"]);
    expect(cmp[1].rows[0].cells[1].links[0]).toMatchObject({ target: "xle-vs-igv-price-chart.png", embed: true });
  });

  it("read figures in cells: money, percent and multiples", () => {
    const note = parse(SECTOR);
    const flows = note.tables.find((t) => t.header.cells[1]?.text === "Flow")!;
    expect(flows.rows[11].cells[1].figure).toMatchObject({ value: 38e6, unit: "money", approx: true });
    expect(flows.rows[5].cells[1].figure).toMatchObject({ value: -1e6, unit: "money" });
    const setup = note.tables.find((t) => t.heading?.text === "The setup")!;
    expect(setup.rows[3].cells[1].figure).toMatchObject({ value: 29, unit: "multiple" });
    expect(setup.rows[0].cells[2].figure).toMatchObject({ value: null });
  });

  it("find the caption under the 2022 chart, under its heading", () => {
    const c = parse(SECTOR).captions.find((x) => x.heading?.text === "2022: Fed hiking cycle")!;
    expect(c).toMatchObject({ under: "embed", embed: "rotation-2022-fed-hike.png" });
    expect(c.text).toContain("XLE +55%, QQQ -30% — ~85pp divergence");
  });

  it("read tags from the first line, headings with levels, and the Timing field", () => {
    expect(parse(SECTOR).tags.map((t) => t.name)).toEqual(expect.arrayContaining(["concept", "markets", "rotation", "macro"]));
    expect(parse(SECTOR).headings[0]).toEqual({ level: 1, text: "Sector Rotation", line: 3 });
    const timing = parse(JAN).fields.find((f) => f.key === "Timing")!;
    expect(timing.value).toMatch(/^Started late December 2025/);
  });

  it("report the ragged rows of the clipped article and read its table", () => {
    const note = parse(MECH);
    expect(note.tables[0].header.cells.map((c) => c.text)).toEqual(["Metric", "Performance", "Interpretation"]);
    expect(note.tables[0].rows[0].cells[1].figure).toMatchObject({ value: 12.87, unit: "percent" });
    expect(note.problems.every((p) => /table row has 1 cell, header has 3/.test(p.message))).toBe(true);
    expect(note.problems.length).toBeGreaterThan(0);
  });
});

describeSeed("the user's seed notes, table by table", () => {
  it("read the divergence scenarios under their bold label, with the two rotations as columns", () => {
    const t = parse(SECTOR).tables.find((x) => x.header.cells[0].text === "Scenario" && x.header.cells[1].text === "Software → Energy")!;
    expect(t.header.cells.map((c) => c.text)).toEqual(["Scenario", "Software → Energy", "Large → Small"]);
    expect(t.heading?.text).toBe("Two concurrent rotations (2026)");
    expect(t.rows.map((r) => r.cells[0].text)).toEqual(["Recession fears rise", "AI fears fade", "Oil price spike", "Rate cuts"]);
    expect(t.rows[0].cells[1].text).toBe("Holds — cash flows, dividends, low leverage");
  });

  it("read the image table's captions as cells, and its embeds as links without text", () => {
    const t = parse(SECTOR).tables.find((x) => x.header.cells[1].text === "XLE vs IGV (~43pp)")!;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["", "", ""],
      ["", "Software → energy, 90 days", "Large cap → small cap, 90 days"],
    ]);
    expect(t.rows[0].cells[2].links).toEqual([
      expect.objectContaining({ kind: "wiki", target: "iwm-vs-qqq-price-chart.png", embed: true }),
    ]);
  });

  it("tie every table of Sector Rotation to the heading above it", () => {
    const headings = parse(SECTOR).tables.map((t) => t.heading?.text ?? null);
    expect(headings.slice(0, 4)).toEqual([
      "How rotation works",
      "Two concurrent rotations (2026)",
      "Two concurrent rotations (2026)",
      "Two concurrent rotations (2026)",
    ]);
    expect(headings).toContain("Historical rotations");
    expect(headings.every((h) => h !== null)).toBe(true);
  });

  it("read the whole 2022 chart caption, under the embed and its heading", () => {
    const note = parse(SECTOR);
    const c = note.captions.find((x) => x.embed === "rotation-2022-fed-hike.png")!;
    expect(c.text).toBe(
      "XLE vs QQQ, 2022. The sharpest rotation: XLE +55%, QQQ -30% — ~85pp divergence. Energy's best year in decades as Fed crushed growth multiples.",
    );
    expect(c.targetLine).toBe(c.line - 1);
    expect(note.captions.filter((x) => x.under === "embed")).toHaveLength(5);
  });

  it("read the January note: flows table, tags without the year, the Timing field under its heading", () => {
    const note = parse(JAN);
    expect(note.tables[0].header.cells.map((c) => c.text)).toEqual(["Flow", "Detail"]);
    expect(note.tables[0].rows[0].cells.map((c) => c.text)).toEqual(["Out of", "Mag 7, high-growth tech, AI momentum plays"]);
    expect(note.tags.map((t) => t.name)).toEqual(["concept", "markets", "rotation"]);
    const timing = note.fields.find((f) => f.key === "Timing")!;
    expect(timing.heading?.text).toBe("What's happening");
    expect(note.tables[1].rows[0].cells[0].links[0]).toMatchObject({ target: "Apple", kind: "wiki" });
  });

  it("read the Walmart article without a table and without anything thrown", () => {
    const note = parse(WMT);
    expect(note.tables).toEqual([]);
    expect(note.title).toBe("Walmart's $1T Surge - A Defensive Rotation or a Tech-Like Re-rating");
    expect(note.lineCount).toBe(readNote(SEED_VAULT, WMT).split("\n").length);
  });
});
