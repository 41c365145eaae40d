/**
 * `cli blocks --png` in Chromium: a PNG per chart that drew, drawn by the plugin's chart code, never over a user's
 * file, none for a broken block.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cliRun } from "../helpers/cli";
import { EXAMPLE_VAULT, ROOT } from "../helpers/paths";
import { tempCopy } from "../harness/testApp";
import { useBrowser } from "../harness/useBrowser";
import { hasBrowser } from "./browserHarness";
import { hasMark } from "../../src/cli/png/pngFiles";

const canDraw = hasBrowser && existsSync(path.join(ROOT, "dist/chart-page.js"));
jest.setTimeout(60_000);

const tempDir = (): string => mkdtempSync(path.join(tmpdir(), "rotation-lens-png-"));

interface Listed {
  path: string;
  line: number;
  language: string;
  ok: boolean;
  png?: string;
}

/** Width, height and how many distinct colours the picture holds, decoded by the browser. */
type Decoded = { width: number; height: number; colours: number };

(canDraw ? describe : describe.skip)("cli blocks --png in Chromium", () => {
  const browser = useBrowser();

  async function decode(file: string): Promise<Decoded> {
    const page = await browser().newPage();
    const dataUrl = `data:image/png;base64,${readFileSync(file).toString("base64")}`;
    const decoded = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [img.width, img.height];
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < px.length; i += 4) colours.add(((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]) >>> 0);
      return { width: img.width, height: img.height, colours: colours.size };
    }, dataUrl);
    await page.close();
    return decoded;
  }

  it("writes a marked, non-blank PNG for every chart of examples/vault, named after its note and line", async () => {
    const dir = path.join(tempDir(), "pictures");
    const r = await cliRun(["blocks", EXAMPLE_VAULT, "--png", dir, "--json"]);
    expect(r.code).toBe(0);
    const charts = (JSON.parse(r.out) as Listed[]).filter((b) => b.language === "rotation-chart" && b.ok);
    expect(charts.length).toBeGreaterThanOrEqual(4);
    const names = charts.map((c) => `${path.basename(c.path, ".md")}-L${c.line}.png`);
    expect(readdirSync(dir).sort()).toEqual([...names].sort());
    expect(charts.map((c) => c.png)).toEqual(names.map((n) => path.join(dir, n)));
    expect(r.err).toContain(`rotation-lens: ${charts.length} charts drawn to ${dir}`);
    for (const name of names) {
      const bytes = readFileSync(path.join(dir, name));
      expect([name, bytes.length > 10_000, hasMark(bytes)]).toEqual([name, true, true]);
      const { width, height, colours } = await decode(path.join(dir, name));
      // 720 CSS pixels wide at twice the density; a blank or one-colour picture has a handful of colours at most.
      expect([name, width, height > 400, colours > 20]).toEqual([name, 1440, true, true]);
    }
  });

  it("replaces its own PNGs on the next run, leaves a user's file alone, and draws dark with --dark", async () => {
    const dir = tempDir();
    const note = path.join(EXAMPLE_VAULT, "Sector Rotation.md");
    expect((await cliRun(["blocks", note, "--png", dir])).code).toBe(0);
    const light = readFileSync(path.join(dir, "Sector Rotation-L250.png"));
    writeFileSync(path.join(dir, "Sector Rotation-L212.png"), "my own picture");
    const r = await cliRun(["blocks", note, "--png", dir, "--dark"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Sector Rotation-L212.png: a file Rotation Lens did not write is there: left alone");
    expect(readFileSync(path.join(dir, "Sector Rotation-L212.png"), "utf8")).toBe("my own picture");
    expect(readFileSync(path.join(dir, "Sector Rotation-L250.png")).equals(light)).toBe(false);
  });

  it("draws no PNG for a block with an error, and exits 1", async () => {
    const vault = tempCopy(EXAMPLE_VAULT);
    const fence = "```";
    const table = "| Month | Flow |\n|---|---|\n| Jan | $10M |\n| Feb | $5M |\n";
    const good = `${fence}rotation-chart\nsource: "[[Mixed blocks]]"\ntype: bar\n${fence}\n`;
    const broken = `${fence}rotation-chart\nsource: "[[No such note]]"\n${fence}\n`;
    writeFileSync(path.join(vault, "Mixed blocks.md"), `# Mixed blocks\n\n${table}\n${broken}\n${good}`);
    const dir = tempDir();
    const r = await cliRun(["blocks", path.join(vault, "Mixed blocks.md"), "--png", dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Mixed blocks\.md:8: rotation-chart: error: Source note not found/);
    expect(readdirSync(dir)).toEqual(["Mixed blocks-L12.png"]);
  });
});
