/** Chart render time and plugin start-up in Chromium, through the same harness page as the browser tests. */
import { existsSync } from "node:fs";
import path from "node:path";
import { CHROMIUM, launch, openHarness } from "../test/browser/browserHarness";

export interface BrowserReport {
  chartMs: { points: number; ms: number }[];
  classifierMs: number;
  onloadMs: number;
  /** Indexing a synthetic vault in the page: first scan time and the longest main-thread task meanwhile. */
  scan: { notes: number; ms: number; longestTaskMs: number };
}

type Page = Awaited<ReturnType<typeof openHarness>>;

export async function browserBench(root: string, sizes: number[], scanVault: Record<string, string>): Promise<BrowserReport | string> {
  if (!existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`;
  if (!existsSync(path.join(root, "main.js"))) return "skipped: main.js not built (npm run build)";
  const files: Record<string, string> = {
    "Dispersion watch.md": "| Index | Change | Constituents up | Constituents |\n|---|---|---|---|\n| S&P 500 | -0.53% | 300 | 500 |\n",
  };
  for (const n of sizes) files[`Series ${n}.md`] = series(n);
  const browser = await launch();
  try {
    const page = await openHarness(browser, files);
    const chartMs = [];
    for (const n of sizes)
      chartMs.push({ points: n, ms: await medianInPage(page, `Series ${n}.md`, "rotation-chart", "x: Day\ny: Flow\ntype: line") });
    const classifierMs = await medianInPage(
      page,
      "Dispersion watch.md",
      "rotation-classify",
      "classifier: breadth\nindex: -0.53\nup: 300\ntotal: 500",
    );
    const onloadMs = await medianOnload(browser, page, files);
    return { chartMs, classifierMs, onloadMs, scan: await scanInPage(browser, scanVault) };
  } finally {
    await browser.close();
  }
}

/** onload runs once per page, so one page is one sample: the median of five pages, as a machine's hiccup is one sample. */
async function medianOnload(browser: Awaited<ReturnType<typeof launch>>, first: Page, files: Record<string, string>): Promise<number> {
  const read = (p: Page): Promise<number> => p.evaluate(() => (window as unknown as { harness: { onloadMs: number } }).harness.onloadMs);
  const times = [await read(first)];
  for (let k = 0; k < 4; k++) {
    const page = await openHarness(browser, files);
    times.push(await read(page));
    await page.close();
  }
  times.sort((a, b) => a - b);
  return times[2];
}

function series(n: number): string {
  const rows = ["| Day | Flow |", "|---|---|"];
  for (let i = 0; i < n; i++) rows.push(`| ${i + 1} | ${((Math.sin(i / 7) * 40) | 0) + 50}% |`);
  return rows.join("\n");
}

/** Median time from handing a block to its processor until it has drawn, measured inside the page. */
async function medianInPage(page: Page, note: string, language: string, source: string): Promise<number> {
  return page.evaluate(
    async ([n, l, s]) => {
      const h = (window as unknown as { harness: { timeBlock(n: string, l: string, s: string): Promise<number>; unloadBlocks(): void } })
        .harness;
      const times: number[] = [];
      for (let k = 0; k < 7; k++) {
        times.push(await h.timeBlock(n, l, s));
        h.unloadBlocks();
      }
      times.sort((a, b) => a - b);
      return times[3];
    },
    [note, language, source] as const,
  );
}

/** The plugin's first scan of a large vault in the page, watched by a long-task observer. */
async function scanInPage(browser: Awaited<ReturnType<typeof launch>>, files: Record<string, string>): Promise<BrowserReport["scan"]> {
  const observe = async (page: Page): Promise<void> => {
    await page.evaluate(() => (window as unknown as { harness: { observeLongTasks(): void } }).harness.observeLongTasks());
  };
  const page = await openHarness(browser, files, "2026-03-01", observe);
  await page.waitForTimeout(200);
  const r = await page.evaluate(() => {
    const h = (window as unknown as { harness: { scanMs: number; longestTaskMs: number } }).harness;
    return { ms: h.scanMs, longestTaskMs: h.longestTaskMs };
  });
  await page.close();
  return { notes: Object.keys(files).length, ...r };
}
