/** Draws charts to PNG files in Debian's Chromium through playwright-core: one browser, one page, a screenshot of each chart. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import type { ChartData } from "../../core/charts/chartData";
import type { ChartPage } from "./chartPage";
import { chartPageHtml } from "./pageHtml";
import { markPng } from "./pngFiles";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium";

export interface PngJob {
  file: string;
  chart: ChartData;
}

/** The project folder (dist/cli.js's parent, or the sources' root under jest): the first folder upward holding manifest.json. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "manifest.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

const pageBundle = (): string => path.join(projectRoot(), "dist", "chart-page.js");

/** Chromium and the page, and how to get each, checked before anything is launched. */
function missingForPng(): string | null {
  const chromium = chromiumPath();
  if (!existsSync(chromium))
    return `--png: no Chromium at ${chromium}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary; no PNG written`;
  if (!existsSync(pageBundle())) return `--png: the chart page ${pageBundle()} is missing: build it with npm run build; no PNG written`;
  return null;
}

/** playwright-core is a dev dependency: loaded only when --png asks for it, and named when it is not installed. */
async function loadPlaywright(): Promise<typeof import("playwright-core") | string> {
  try {
    return await import("playwright-core");
  } catch {
    return "--png: playwright-core is not installed: run npm install in the Rotation Lens folder (it is a dev dependency); no PNG written";
  }
}

/** Writes each job's PNG (the folder created then); returns the files written, or the reason none were. */
export async function drawPngs(jobs: PngJob[], dark: boolean): Promise<{ written: string[] } | { failure: string }> {
  const playwright = await loadPlaywright();
  if (typeof playwright === "string") return { failure: playwright };
  const missing = missingForPng();
  if (missing) return { failure: missing };
  let browser: Browser;
  try {
    // launch() gives Chromium a fresh, temporary profile (user-data dir), removed on close.
    browser = await playwright.chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
  } catch (e) {
    return { failure: `--png: Chromium at ${chromiumPath()} did not start: ${firstLine(e)}; no PNG written` };
  }
  try {
    return { written: await screenshotAll(browser, jobs, dark) };
  } finally {
    await browser.close();
  }
}

async function screenshotAll(browser: Browser, jobs: PngJob[], dark: boolean): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width: 752, height: 600 }, deviceScaleFactor: 2 });
  await page.setContent(chartPageHtml(readFileSync(path.join(projectRoot(), "styles.css"), "utf8")));
  await page.addScriptTag({ content: readFileSync(pageBundle(), "utf8") });
  const written: string[] = [];
  mkdirSync(path.dirname(jobs[0].file), { recursive: true });
  for (const job of jobs) {
    await page.evaluate(([data, d]) => (window as unknown as { rotationLensChart: ChartPage }).rotationLensChart.draw(data, d), [
      job.chart,
      dark,
    ] as const);
    writeFileSync(job.file, markPng(await page.locator("#chart").screenshot()));
    written.push(job.file);
  }
  return written;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0];
}
