import path from "node:path";
import { FIXTURES, vaultFiles } from "../helpers/paths";
import type { BlockResult } from "./page";
import { ensureShotDir, hasBrowser } from "./browserHarness";
import { useHarnessPage } from "../harness/useBrowser";

type H = { harness: { renderNotes(p: string[]): number; results(): Promise<BlockResult[]> } };

const describeBrowser = hasBrowser ? describe : describe.skip;
jest.setTimeout(60_000);

describeBrowser("rendering the hostile corpus in Chromium", () => {
  const files = vaultFiles(path.join(FIXTURES, "hostile"));

  const page = useHarnessPage(files);

  it("puts no element, handler or javascript: URL from note text into the page", async () => {
    const count = await page().evaluate((n) => (window as unknown as H).harness.renderNotes(n), Object.keys(files));
    expect(count).toBe(5);
    const results = await page().evaluate(() => (window as unknown as H).harness.results());
    expect(
      results.map(
        (r) =>
          r.verdict ??
          r.message?.replace(/^(Source note not found|Classifier needs a fix)[\s\S]*$/, "$1") ??
          (r.chartPixels ? "chart" : null),
      ),
    ).toEqual(["chart", "Rotation", "growth-to-value", "Source note not found", "Classifier needs a fix"]);
    const offenders = await page().evaluate(() => {
      const bad: string[] = [];
      for (const el of document.querySelectorAll(".harness-block *")) {
        if (["IMG", "SCRIPT", "IFRAME", "OBJECT", "EMBED", "SVG", "svg", "STYLE", "LINK"].includes(el.tagName)) bad.push(el.tagName);
        for (const a of el.attributes)
          if (a.name.startsWith("on") || /^\s*javascript:/i.test(a.value)) bad.push(`${el.tagName}[${a.name}]`);
      }
      return { bad, pwned: (window as unknown as { __rotationLensPwned?: unknown }).__rotationLensPwned ?? null };
    });
    expect(offenders).toEqual({ bad: [], pwned: null });
    await page().screenshot({ path: path.join(ensureShotDir(), "hostile.png"), fullPage: true });
  });
});
