/**
 * `cli blocks --png` where no browser is needed: file names, the mark that tells our PNGs from a user's, usage errors
 * and a missing Chromium.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cliRun } from "../helpers/cli";
import { EXAMPLE_VAULT } from "../helpers/paths";
import { hasMark, markPng, pngName } from "../../src/cli/png/pngFiles";

const tempDir = (): string => mkdtempSync(path.join(tmpdir(), "rotation-lens-png-"));

/** Runs the CLI as on a machine whose Chromium is not where CHROMIUM_PATH says. */
async function withoutChromium(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const saved = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = "/no/such/chromium";
  try {
    return await cliRun(argv);
  } finally {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  }
}

/** The smallest valid PNG: one transparent pixel. */
const ONE_PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

describe("cli blocks --png without a browser", () => {
  jest.setTimeout(30_000);

  it("names each picture after its note and the block's line, folders joined by __", () => {
    expect(pngName("Sector Rotation.md", 212)).toBe("Sector Rotation-L212.png");
    expect(pngName("Research/Flows/XMAG.md", 9)).toBe("Research__Flows__XMAG-L9.png");
  });

  it("marks its own PNGs, and tells them from any other file", () => {
    const marked = markPng(ONE_PIXEL);
    expect(hasMark(marked)).toBe(true);
    expect(hasMark(ONE_PIXEL)).toBe(false);
    expect(hasMark(Buffer.from("not a png at all"))).toBe(false);
    // The mark is a well-formed chunk right after the header: the image data is untouched.
    expect(marked.subarray(0, 33)).toEqual(ONE_PIXEL.subarray(0, 33));
    expect(marked.subarray(marked.length - (ONE_PIXEL.length - 33))).toEqual(ONE_PIXEL.subarray(33));
  });

  it("says Chromium is missing and how to get it, still prints the report, writes nothing and exits 1", async () => {
    const dir = path.join(tempDir(), "pictures");
    const r = await withoutChromium(["blocks", EXAMPLE_VAULT, "--png", dir]);
    expect(r.code).toBe(1);
    expect(r.out.split("\n")).toHaveLength(9);
    expect(r.err).toContain(
      "rotation-lens: --png: no Chromium at /no/such/chromium: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary; no PNG written",
    );
    expect(r.err).toContain("rotation-lens: 9 blocks in");
    expect(existsSync(dir)).toBe(false);
  });

  it("refuses a --png that is not a folder or has no folder, and --dark alone, as usage errors", async () => {
    const file = path.join(tempDir(), "a file");
    writeFileSync(file, "mine");
    expect(await cliRun(["blocks", EXAMPLE_VAULT, "--png", file])).toMatchObject({
      code: 2,
      err: `rotation-lens: --png ${file}: not a folder (try --help)`,
    });
    expect(await cliRun(["blocks", EXAMPLE_VAULT, "--png"])).toMatchObject({
      code: 2,
      err: "rotation-lens: --png needs a value (try --help)",
    });
    expect(await cliRun(["blocks", EXAMPLE_VAULT, "--dark"])).toMatchObject({
      code: 2,
      err: "rotation-lens: --dark goes with --png <dir> (try --help)",
    });
  });

  it("never touches a user's file with a chart's name, even without Chromium", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "Sector Rotation-L212.png"), "my own picture");
    const r = await withoutChromium(["blocks", path.join(EXAMPLE_VAULT, "Sector Rotation.md"), "--png", dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `rotation-lens: ${path.join(dir, "Sector Rotation-L212.png")}: a file Rotation Lens did not write is there: left alone (move it, or choose another --png folder)`,
    );
    expect(readdirSync(dir)).toEqual(["Sector Rotation-L212.png"]);
    expect(readFileSync(path.join(dir, "Sector Rotation-L212.png"), "utf8")).toBe("my own picture");
  });
});

describe("cli blocks --png without playwright-core", () => {
  afterEach(() => jest.dontMock("playwright-core"));

  it("names the missing package and how to get it, and still prints the report", async () => {
    jest.doMock("playwright-core", () => {
      throw new Error("Cannot find module 'playwright-core'");
    });
    const dir = path.join(tempDir(), "pictures");
    const r = await cliRun(["blocks", EXAMPLE_VAULT, "--png", dir]);
    expect(r.code).toBe(1);
    expect(r.out.split("\n")).toHaveLength(9);
    expect(r.err).toContain(
      "rotation-lens: --png: playwright-core is not installed: run npm install in the Rotation Lens folder (it is a dev dependency); no PNG written",
    );
    expect(existsSync(dir)).toBe(false);
  });
});
