/** One Chromium for a test file: launched before its tests, closed after them; the page variant also opens the harness over a vault. */
import type { Browser, Page } from "playwright-core";
import { launch, openHarness } from "../browser/browserHarness";

/** Call inside a describe: registers the launch and the close, and returns a getter for the browser. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  return () => {
    if (!browser) throw new Error("the browser is launched in beforeAll: read it inside a test");
    return browser;
  };
}

/** The browser, then the harness page with the plugin started over `files` (as of `asOf`); returns a getter for the page. */
export function useHarnessPage(files: Record<string, string>, asOf?: string): () => Page {
  const browser = useBrowser();
  let page: Page | undefined;
  beforeAll(async () => {
    page = await openHarness(browser(), files, asOf);
  });
  return () => {
    if (!page) throw new Error("the harness page opens in beforeAll: read it inside a test");
    return page;
  };
}
