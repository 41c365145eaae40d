/** Starts Debian's Chromium through playwright-core with the harness page, the built main.js and a vault. */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT, vaultFiles } from "../helpers/paths";
import { CHROMIUM_FLAGS, chromiumPath } from "../../src/cli/png/chromium";

/** The harness page runs the plugin's code: built for the same target as main.js (tsconfig.json's). */
const BROWSER_TARGET = (
  JSON.parse(readFileSync(path.join(ROOT, "tsconfig.json"), "utf8")) as { compilerOptions: { target: string } }
).compilerOptions.target.toLowerCase();

export const CHROMIUM = chromiumPath();
export const hasBrowser = existsSync(CHROMIUM) && existsSync(path.join(ROOT, "main.js"));
export const SHOTS = path.join(ROOT, "test-output/screenshots");

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

let pageBundle: string | null = null;

async function harnessBundle(): Promise<string> {
  if (pageBundle) return pageBundle;
  const out = await build({
    entryPoints: [path.join(ROOT, "test/browser/page.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: BROWSER_TARGET,
    logLevel: "silent",
  });
  pageBundle = out.outputFiles[0].text;
  return pageBundle;
}

export { vaultFiles };

/** A page with the harness loaded, the plugin started over `files`, and the plugin's styles applied. */
export async function openHarness(
  browser: Browser,
  files: Record<string, string>,
  asOf = "2026-03-01",
  beforeStart?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setContent(readFileSync(path.join(ROOT, "test/browser/page.html"), "utf8"));
  await page.addStyleTag({ content: readFileSync(path.join(ROOT, "styles.css"), "utf8") });
  await page.addScriptTag({ content: await harnessBundle() });
  const mainJs = readFileSync(path.join(ROOT, "main.js"), "utf8");
  await page.addScriptTag({ content: `window.mainFactory = function (module, exports, require) {\n${mainJs}\n};` });
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "manifest.json"), "utf8")) as unknown;
  if (beforeStart) await beforeStart(page);
  await page.evaluate(
    ([m, f, d]) => (window as unknown as { harness: { start(a: unknown, b: unknown, c: unknown): Promise<void> } }).harness.start(m, f, d),
    [manifest, files, asOf] as const,
  );
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return page;
}

export function ensureShotDir(): string {
  mkdirSync(SHOTS, { recursive: true });
  return SHOTS;
}
