import { readFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE_VAULT } from "../helpers/paths";
import type { DrawnTimeline } from "./page";
import { ensureShotDir, hasBrowser, vaultFiles } from "./browserHarness";
import { useHarnessPage } from "../harness/useBrowser";

type H = {
  harness: {
    openBase(text: string, view?: string): HTMLElement;
    rerunBase(text: string, view?: string): void;
    addNote(path: string, text: string): Promise<void>;
    promote(note: string, rowText: string): Promise<string | null>;
    drawnTimeline(): DrawnTimeline;
    barPoint(chart: number, label: string, nth?: number): { x: number; y: number };
    tooltipLines(chart: number): string[];
    setTheme(dark: boolean): void;
    closeBase(): void;
    app: { workspace: { opened: { linktext: string }[] } };
    liveChartCount(): number;
  };
};

const describeBrowser = hasBrowser ? describe : describe.skip;
jest.setTimeout(60_000);

const BASE = readFileSync(path.join(EXAMPLE_VAULT, "Rotations.base"), "utf8");
/** yyyy-MM-dd as the timeline's fractional year. */
const year = (iso: string): number => {
  const d = Date.parse(`${iso}T00:00:00Z`);
  const y = Number(iso.slice(0, 4));
  return y + (d - Date.UTC(y, 0, 1)) / (365.25 * 86400000);
};

describeBrowser("the Rotation timeline Bases view in Chromium", () => {
  const files = vaultFiles(EXAMPLE_VAULT);
  // Episode notes as the vault has them, and one the view cannot place: a rotation without dates.
  const episodeNotes = Object.keys(files).filter((p) => /^---\n[\s\S]*?^rotation:/m.test(files[p]));
  files["Undated idea.md"] = "---\nrotation: Value → Growth\ntrigger: Rate cuts, some day\n---\n# Undated idea\n";

  const page = useHarnessPage(files);

  const drawn = (): Promise<DrawnTimeline> => page().evaluate(() => (window as unknown as H).harness.drawnTimeline());

  it("draws the episode notes of the shipped .base, rows promoted to notes included: ongoing bars to the as-of date, coloured by rotation type", async () => {
    // Three rows of the example vault's table made into episode notes with the command, as a user would.
    const promoted = await page().evaluate(async () => {
      const h = (window as unknown as H).harness;
      return [
        await h.promote("Sector Rotation.md", "| **2020-21** |"),
        await h.promote("Sector Rotation.md", "| **2018 Q4** |"),
        await h.promote("Sector Rotation.md", "| **2016** |"),
      ];
    });
    expect(promoted).toEqual(["Episodes/2020-21 Value → Growth.md", "Episodes/2018 Q4 Risk-off.md", "Episodes/2016 Growth → Value.md"]);
    // Each promotion opened its new note.
    expect(await page().evaluate(() => (window as unknown as H).harness.app.workspace.opened.map((o) => o.linktext))).toEqual(promoted);
    await page().evaluate((base) => void (window as unknown as H).harness.openBase(base), BASE);
    // The promoted notes' types arrive once the index has read them; the view redraws then.
    await page().waitForFunction(() => (window as unknown as H).harness.drawnTimeline().series[0]?.includes("risk-off"));
    const t = await drawn();
    expect(t.labels).toHaveLength(1);
    // Every episode note with a start is a bar, in the base's sort order (start ascending).
    const dated = episodeNotes.filter((p) => /^start: /m.test(files[p]));
    expect(dated.length).toBeGreaterThanOrEqual(2);
    expect(t.labels[0]).toHaveLength(dated.length + 3);
    expect(t.labels[0].slice(0, 3)).toEqual(["Growth → Value", "Risk-off", "Value → Growth"]);
    const starting = (iso: string): [number, number] => t.ranges[0].find((r) => r !== null && Math.abs(r[0] - year(iso)) < 1e-6)!;
    // Energy rotation 2022: 2022-01-01 to 2022-12-31; Small cap rotation 2026: ongoing since 2025-10-29, to 2026-03-01.
    expect(starting("2022-01-01")[1]).toBeCloseTo(year("2022-12-31"), 5);
    expect(starting("2025-10-29")[1]).toBeCloseTo(year("2026-03-01"), 5);
    expect(starting("2018-10-01")[1]).toBeCloseTo(year("2018-12-31"), 5);
    // No note states `type`: the colours are the rotation types Rotation Lens read, one series (and legend entry) each.
    expect([...t.series[0]].sort()).toEqual(expect.arrayContaining(["growth-to-value", "large-to-small", "risk-off", "value-to-growth"]));
    expect(t.legend).toEqual(t.series[0]);
    expect(t.pixels[0]).toBeGreaterThan(500);
    expect(t.notes).toEqual(["1 entry without dates: each needs a start (and an end unless ongoing) that Rotation Lens can read."]);
    await page()
      .locator(".harness-base")
      .last()
      .screenshot({ path: path.join(ensureShotDir(), "bases-timeline.png") });
  });

  it("shows an entry's properties on hover and opens its note on click", async () => {
    const p = await page().evaluate(() => (window as unknown as H).harness.barPoint(0, "Growth → Value", 1));
    await page().mouse.move(p.x, p.y);
    await page().waitForFunction(() => (window as unknown as H).harness.tooltipLines(0).length > 0);
    const lines = await page().evaluate(() => (window as unknown as H).harness.tooltipLines(0));
    expect(lines).toEqual([
      "Growth → Value",
      "2022-01-01 → 2022-12-31",
      "Rotation: Growth → Value",
      "start: 2022-01-01",
      "end: 2022-12-31",
      "status: ended",
      "Trigger: Fed hiking cycle",
    ]);
    await page().mouse.click(p.x, p.y);
    expect(await page().evaluate(() => (window as unknown as H).harness.app.workspace.opened.map((o) => o.linktext).at(-1))).toBe(
      "Energy rotation 2022.md",
    );
  });

  it("redraws when the result changes, and follows the view's options and grouping", async () => {
    await page().evaluate(async (base) => {
      const h = (window as unknown as H).harness;
      await h.addNote(
        "Dot-com 2000.md",
        "---\nrotation: Growth → Value\nperiod: 2000-02\nstart: 2000-03-01\nend: 2002-10-31\nsell: [Tech]\nbuy: [Energy]\nstatus: ended\n---\n",
      );
      h.rerunBase(base);
    }, BASE);
    let t = await drawn();
    expect(t.labels[0][0]).toBe("Growth → Value");
    expect(t.ranges[0][0]![0]).toBeCloseTo(year("2000-03-01"), 5);
    // Label by file name, colour by status, grouped by status: one chart per group, titled by its key.
    const regrouped = BASE.replace("label: note.rotation", "label: file.name")
      .replace("colour: note.type", "colour: note.status")
      .replace("    sort:\n", "    groupBy:\n      property: note.status\n      direction: ASC\n    sort:\n");
    await page().evaluate((base) => void (window as unknown as H).harness.openBase(base), regrouped);
    t = await drawn();
    expect(t.titles).toEqual(["ended", "ongoing"]);
    expect(t.labels[0]).toEqual(expect.arrayContaining(["Energy rotation 2022", "2018 Q4 Risk-off", "Dot-com 2000"]));
    expect(t.series[0]).toEqual(["ended"]);
  });

  it("redraws in the dark theme's colours, keeping one chart per group", async () => {
    const before = await page().evaluate(() => (window as unknown as H).harness.liveChartCount());
    await page().evaluate(() => (window as unknown as H).harness.setTheme(true));
    const t = await drawn();
    expect(await page().evaluate(() => (window as unknown as H).harness.liveChartCount())).toBe(before);
    expect(t.pixels.every((n) => n > 500)).toBe(true);
    // The first series paints with the dark theme's accent (#e0a030).
    const dark = await page().evaluate(() => {
      const canvas = [...document.querySelectorAll(".harness-base-view canvas")].at(-1) as HTMLCanvasElement;
      const d = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < d.length; i += 4)
        if (d[i] > 200 && d[i + 1] > 130 && d[i + 1] < 190 && d[i + 2] < 90 && d[i + 3] > 200) return true;
      return false;
    });
    expect(dark).toBe(true);
    await page().evaluate(() => (window as unknown as H).harness.setTheme(false));
  });

  it("releases every chart when the base is closed", async () => {
    const open = await page().evaluate(() => (window as unknown as H).harness.liveChartCount());
    expect(open).toBeGreaterThan(0);
    await page().evaluate(() => (window as unknown as H).harness.closeBase());
    expect(await page().evaluate(() => (window as unknown as H).harness.liveChartCount())).toBe(0);
  });
});
