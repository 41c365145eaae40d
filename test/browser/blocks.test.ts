import { readFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLE_VAULT, ROOT } from "../helpers/paths";
import type { BlockResult } from "./page";
import { ensureShotDir, hasBrowser, vaultFiles } from "./browserHarness";
import { useHarnessPage } from "../harness/useBrowser";

type H = {
  harness: {
    renderNotes(p: string[]): number;
    results(): Promise<BlockResult[]>;
    settled(els: HTMLElement[]): Promise<void>;
    setTheme(d: boolean): void;
    renderBlock(n: string, l: string, s: string): HTMLElement;
    liveChartCount(): number;
    plugin: { index: unknown };
    unloadBlocks(): void;
  };
};

const describeBrowser = hasBrowser ? describe : describe.skip;
jest.setTimeout(60_000);

describeBrowser("blocks of examples/vault in Chromium", () => {
  const files = vaultFiles(EXAMPLE_VAULT);
  const notes = Object.keys(files).filter((n) => files[n].includes("```rotation-"));
  // Twenty years of daily flows: more points than a chart draws.
  files["Daily flows.md"] = [
    "| Day | Flow |",
    "|---|--:|",
    ...Array.from({ length: 5000 }, (_, i) => `| ${i + 1} | ${i === 2500 ? "-$2B" : `~$${i % 50}M`} |`),
  ].join("\n");

  const page = useHarnessPage(files);

  it("draws every chart and shows every classifier's expected verdict", async () => {
    const count = await page().evaluate((n) => (window as unknown as H).harness.renderNotes(n), notes);
    expect(count).toBeGreaterThanOrEqual(6);
    const results = await page().evaluate(() => (window as unknown as H).harness.results());
    for (const r of results) {
      expect([r.note, r.message]).toEqual([r.note, null]);
      if (r.language === "rotation-chart") expect(r.chartPixels).toBeGreaterThan(500);
    }
    const verdicts = results.filter((r) => r.language === "rotation-classify").map((r) => [r.note, r.verdict]);
    expect(verdicts).toEqual(
      expect.arrayContaining([
        ["Sector Rotation.md", "Rotation"],
        ["Sector Rotation.md", "Valuation reset possible"],
        ["Dispersion watch.md", "Mechanical (dispersion-driven)"],
        ["Dispersion watch.md", "Rotation"],
      ]),
    );
    await page().screenshot({ path: path.join(ensureShotDir(), "blocks-light.png"), fullPage: true });
    // One picture per block, for the README (copied to docs/ by hand when they change).
    const blocks = page().locator(".harness-block");
    for (let i = 0; i < (await blocks.count()); i++)
      await blocks.nth(i).screenshot({ path: path.join(ensureShotDir(), `block-${i + 1}.png`) });
  });

  it("renders the README's block examples as written", async () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const examples = [...readme.matchAll(/```(rotation-chart|rotation-classify)\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]] as const);
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const results = await page().evaluate(async (blocks) => {
      const h = (window as unknown as H).harness;
      const els = blocks.map(([language, source]) => h.renderBlock("Sector Rotation.md", language, source));
      await h.settled(els);
      return els.map((el) => ({
        message: el.querySelector(".rotation-lens-message")?.textContent ?? null,
        verdict: el.querySelector(".rotation-lens-verdict-label")?.textContent ?? null,
        canvas: el.querySelector("canvas") !== null,
      }));
    }, examples);
    results.forEach((r, i) => {
      expect([examples[i][1], r.message]).toEqual([examples[i][1], null]);
      expect(r.canvas || r.verdict !== null).toBe(true);
    });
    expect(results.map((r) => r.verdict).filter(Boolean)).toEqual([
      "Rotation",
      "Rotation",
      "Mechanical (dispersion-driven)",
      "growth-to-value",
    ]);
  });

  it("redraws charts in the dark theme's colours", async () => {
    const before = await page().evaluate(() => (window as unknown as H).harness.liveChartCount());
    await page().evaluate(() => (window as unknown as H).harness.setTheme(true));
    const results = await page().evaluate(() => (window as unknown as H).harness.results());
    expect(results.filter((r) => r.language === "rotation-chart").every((r) => (r.chartPixels ?? 0) > 500)).toBe(true);
    expect(await page().evaluate(() => (window as unknown as H).harness.liveChartCount())).toBe(before);
    // Every chart now paints with the dark theme's accent (#e0a030).
    const accent = await page().evaluate(() =>
      [...document.querySelectorAll("canvas")].map((canvas) => {
        const d = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 0; i < d.length; i += 4)
          if (d[i] > 200 && d[i + 1] > 130 && d[i + 1] < 190 && d[i + 2] < 90 && d[i + 3] > 200) return true;
        return false;
      }),
    );
    expect(accent.length).toBeGreaterThan(0);
    expect(accent.every(Boolean)).toBe(true);
    await page().screenshot({ path: path.join(ensureShotDir(), "blocks-dark.png"), fullPage: true });
    await page().evaluate(() => (window as unknown as H).harness.setTheme(false));
  });

  it("shows a readable message for bad blocks and never turns note text into elements", async () => {
    const bad = await page().evaluate(() => {
      const h = (window as unknown as H).harness;
      const els = [
        h.renderBlock("Sector Rotation.md", "rotation-chart", "x: [unclosed"),
        h.renderBlock("Sector Rotation.md", "rotation-chart", 'source: "[[#XMAG ETF]]"\nx: Month\ny: Flwo'),
        h.renderBlock("Sector Rotation.md", "rotation-chart", 'source: "[[No such note]]"'),
        h.renderBlock("Sector Rotation.md", "rotation-chart", 'source: "[[#XMAG ETF]]"\nx: Flow\ny: Month'),
        h.renderBlock(
          "Sector Rotation.md",
          "rotation-classify",
          "classifier: breadth\nindex: <img src=x onerror=alert(1)>\nup: 3\ntotal: 5",
        ),
      ];
      return h
        .settled(els)
        .then(() => els.map((el) => ({ text: el.textContent ?? "", imgs: el.querySelectorAll("img, script, iframe").length })));
    });
    expect(bad[0].text).toMatch(/YAML cannot be read/);
    expect(bad[1].text).toMatch(/No column "Flwo".*"Month", "Flow", "Notes"/);
    expect(bad[2].text).toMatch(/No note "No such note"/);
    expect(bad[3].text).toMatch(/has no numbers/);
    expect(bad[4].text).toMatch(/is not a number/);
    expect(bad.every((b) => b.imgs === 0)).toBe(true);
  });

  it("thins a series of 5,000 days to what it draws, and says so under the chart", async () => {
    const shown = await page().evaluate(async () => {
      const h = (window as unknown as H).harness;
      const el = h.renderBlock("Sector Rotation.md", "rotation-chart", 'source: "[[Daily flows]]"\nx: Day\ny: Flow\ntype: line');
      await h.settled([el]);
      return { canvases: el.querySelectorAll("canvas").length, note: el.querySelector(".rotation-lens-chart-note")?.textContent ?? "" };
    });
    expect(shown.canvases).toBe(1);
    expect(shown.note).toMatch(/^\d{3},?\d{0,3} of 5,000 points drawn/);
  });

  it("names two or more series in a legend under the chart, one swatch each", async () => {
    const legend = await page().evaluate(async () => {
      const h = (window as unknown as H).harness;
      const block = h.renderBlock(
        "Sector Rotation.md",
        "rotation-chart",
        'source: "[[#Mag 7 against the index]]"\nx: Stock\ny: [2022, 2025]\nbenchmark: 2023\ntype: bar',
      );
      await h.settled([block]);
      return [...block.querySelectorAll(".rotation-lens-chart-legend-item")].map((i) => [
        i.textContent,
        i.querySelector<HTMLElement>(".rotation-lens-chart-swatch")?.style.getPropertyValue("--rotation-lens-swatch") !== "",
      ]);
    });
    expect(legend.map(([t]) => t)).toEqual(["2022", "2025", "2023"]);
    expect(legend.every(([, swatch]) => swatch)).toBe(true);
  });

  it("titles the chart, shows no legend for one series, and says what a hovered bar holds", async () => {
    const el = await page().evaluateHandle(async () => {
      const h = (window as unknown as H).harness;
      const block = h.renderBlock(
        "Sector Rotation.md",
        "rotation-chart",
        'source: "[[#XMAG ETF]]"\nx: Month\ny: Flow\ntitle: Flows by month',
      );
      await h.settled([block]);
      return block;
    });
    const texts = await el.evaluate((b) => ({
      title: b.querySelector(".rotation-lens-chart-title")?.textContent,
      legend: b.querySelector(".rotation-lens-chart-legend")?.textContent ?? null,
      tip: b.querySelector(".rotation-lens-chart-tooltip.is-hidden") !== null,
    }));
    expect(texts).toEqual({ title: "Flows by month", legend: null, tip: true });
    // Hover the middle of the tallest bar (December), as a user would.
    const canvas = (await el.asElement().$("canvas"))!;
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const hit = await canvas.evaluate((c) => {
      const ctx = c.getContext("2d")!;
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      // The rightmost column holding bar colour, half-way up the canvas: December's bar.
      for (let x = c.width - 1; x > 0; x--) {
        const i = (Math.floor(c.height * 0.5) * c.width + x) * 4;
        if (d[i + 3] > 200 && d[i] < 200) return { x: x / (c.width / c.clientWidth), y: c.clientHeight * 0.5 };
      }
      return null;
    });
    expect(hit).not.toBeNull();
    await page().mouse.move(box.x + hit!.x - 2, box.y + hit!.y);
    await page().waitForFunction((b) => b.querySelector(".rotation-lens-chart-tooltip:not(.is-hidden)") !== null, el.asElement(), {
      timeout: 5000,
    });
    expect(await el.evaluate((b) => b.querySelector(".rotation-lens-chart-tooltip")?.textContent)).toBe("DecFlow: $38M");
    await page().mouse.move(0, 0);
  });

  it("leaks no chart after 1,000 re-renders", async () => {
    const counts = await page().evaluate(async () => {
      const h = (window as unknown as H).harness;
      h.unloadBlocks();
      const start = h.liveChartCount();
      const el = h.renderBlock("Sector Rotation.md", "rotation-chart", 'source: "[[#XMAG ETF]]"\nx: Month\ny: Flow');
      await h.settled([el]);
      const child = (el as unknown as { __child?: unknown }).__child;
      void child;
      for (let i = 0; i < 1000; i++) h.setTheme(i % 2 === 0);
      const during = h.liveChartCount();
      h.unloadBlocks();
      return { start, during, after: h.liveChartCount() };
    });
    expect(counts).toEqual({ start: 0, during: 1, after: 0 });
  });
});
