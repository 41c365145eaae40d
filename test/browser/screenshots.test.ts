/**
 * The pictures in docs/: `npm run screenshots` draws them from the README's blocks (and the index note's timeline) on
 * examples/vault, in light and dark themes, and writes beside each the text it shows. Without SCREENSHOTS=write this
 * test renders them again and fails when that text has moved on (a line number, a verdict, a chart's data).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { evaluateChart } from "../../src/core/charts/evaluateChart";
import { evaluateClassify } from "../../src/core/classify/evaluateClassify";
import type { BlockContext } from "../../src/core/context/blockContext";
import { chartInWords, verdictInWords } from "../../src/cli/blockReport";
import { parseNote } from "../../src/core/parse/parseNote";
import { EXAMPLE_VAULT, ROOT } from "../helpers/paths";
import { indexFolder } from "../helpers/loadVault";
import { hasBrowser, vaultFiles } from "./browserHarness";
import { useHarnessPage } from "../harness/useBrowser";

type H = {
  harness: {
    renderBlock(n: string, l: string, s: string): HTMLElement;
    settled(els: HTMLElement[]): Promise<void>;
    setTheme(d: boolean): void;
    unloadBlocks(): void;
  };
};

const WRITE = process.env.SCREENSHOTS === "write";
const DOCS = path.join(ROOT, "docs");
const AS_OF = "2026-03-01";
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const blocksOf = (text: string): [string, string][] =>
  [...text.matchAll(/```(rotation-chart|rotation-classify)\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]]);
const first = (blocks: [string, string][], has: string): [string, string] => blocks.find(([, s]) => s.includes(has))!;
const index = blocksOf(readFileSync(path.join(EXAMPLE_VAULT, "Historical rotations.md"), "utf8"));

/** Each picture: its name in docs/, the note it is shown in, and its block. */
const SHOTS: { name: string; note: string; block: [string, string] }[] = [
  { name: "chart-xmag-flows", note: "Sector Rotation.md", block: first(blocksOf(readme), "XMAG") },
  { name: "verdict-rules", note: "Sector Rotation.md", block: first(blocksOf(readme), "rules:") },
  { name: "verdict-dispersion", note: "Sector Rotation.md", block: first(blocksOf(readme), "classifier: dispersion") },
  { name: "timeline", note: "Historical rotations.md", block: first(index, "type: timeline") },
];

/** What the block shows in words, from core in Node (a chart's data is not text on the page()). */
async function inWords(note: string, [language, source]: [string, string]): Promise<string> {
  const { index: vault, texts } = indexFolder(EXAMPLE_VAULT);
  const ctx: BlockContext = {
    note: (link) => {
      const file = link === "" ? note : `${link}.md`;
      const text =
        texts.get(file) ?? (existsSync(path.join(EXAMPLE_VAULT, file)) ? readFileSync(path.join(EXAMPLE_VAULT, file), "utf8") : null);
      return Promise.resolve(text === null ? null : parseNote(file, text));
    },
    episodes: () => Promise.resolve(vault.episodes(AS_OF)),
    asOf: AS_OF,
    taxonomy: vault.taxonomy,
  };
  return language === "rotation-chart"
    ? chartInWords(await evaluateChart(source, ctx))
    : verdictInWords(await evaluateClassify(source, ctx));
}

(hasBrowser ? describe : describe.skip)("the pictures in docs/", () => {
  jest.setTimeout(60_000);

  const page = useHarnessPage(vaultFiles(EXAMPLE_VAULT), AS_OF);

  it.each(SHOTS)("$name shows what the block shows today", async ({ name, note, block }) => {
    const text = `${await shoot(page(), name, note, block, false)}\n${await inWords(note, block)}\n`;
    await shoot(page(), name, note, block, true);
    const sidecar = path.join(DOCS, `${name}.txt`);
    if (WRITE) writeFileSync(sidecar, text);
    const stored = existsSync(sidecar) ? readFileSync(sidecar, "utf8") : "(none)";
    expect([`docs/${name}.png is out of date: run npm run screenshots`, stored]).toEqual([
      `docs/${name}.png is out of date: run npm run screenshots`,
      text,
    ]);
  });
});

/** Render one block inside its note's caption, in a theme; with SCREENSHOTS=write save its picture. Returns the text it shows. */
async function shoot(page: Page, name: string, note: string, [language, source]: [string, string], dark: boolean): Promise<string> {
  const shown = await page.evaluate(
    async ([n, l, s, d]) => {
      const h = (window as unknown as H).harness;
      h.unloadBlocks();
      document.querySelectorAll(".harness-block").forEach((b) => b.remove());
      h.setTheme(d);
      const el = h.renderBlock(n, l, s);
      await h.settled([el]);
      return el.innerText;
    },
    [note, language, source, dark] as const,
  );
  if (WRITE)
    await page
      .locator(".harness-block")
      .first()
      .screenshot({ path: path.join(DOCS, `${name}${dark ? "-dark" : ""}.png`), animations: "disabled" });
  return shown.trim();
}
