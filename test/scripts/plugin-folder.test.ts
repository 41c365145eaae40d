/**
 * Set-up scripts: install-plugin and `npm run dev -- --vault` refuse a folder that is not a vault, and a dev build
 * lands in the vault with .hotreload.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../helpers/paths";

const folder = (): string => mkdtempSync(path.join(tmpdir(), "rotation-lens-setup-"));
const node = (args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } =>
  spawnSync("node", args, { cwd, encoding: "utf8" });

describe("installing into a vault", () => {
  it("install-plugin refuses a folder that is not a vault before building, and names --create", () => {
    const dir = folder();
    const r = node([path.join(ROOT, "scripts/install-plugin.mjs"), dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `install-plugin: ${dir}: not an Obsidian vault (no .obsidian folder). Open it in Obsidian once, or pass --create to make it one\n`,
    );
    expect(r.stdout).toBe("");
    expect(existsSync(path.join(dir, ".obsidian"))).toBe(false);
    expect(node([path.join(ROOT, "scripts/install-plugin.mjs"), dir, "--force"]).stderr).toMatch(/unknown option --force/);
  });

  it("npm run dev -- --vault refuses a folder that is not a vault before watching", () => {
    const dir = folder();
    const r = node([path.join(ROOT, "esbuild.config.mjs"), "--vault", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dev: .*not an Obsidian vault/);
  });

  it("copies a build into the vault's plugin folder with the .hotreload file Hot Reload looks for", () => {
    const build = folder();
    for (const f of ["main.js", "manifest.json", "styles.css"])
      writeFileSync(path.join(build, f), f === "manifest.json" ? '{"id":"rotation-lens"}' : `/* ${f} */`);
    const vault = folder();
    mkdirSync(path.join(vault, ".obsidian"));
    const script = `import(${JSON.stringify(path.join(ROOT, "scripts/pluginFolder.mjs"))}).then((m) => console.log(m.copyBuild(${JSON.stringify(vault)}, { hotReload: true })))`;
    const r = node(["-e", script], build);
    const target = path.join(vault, ".obsidian/plugins/rotation-lens");
    expect(r.stdout.trim()).toBe(target);
    expect(readFileSync(path.join(target, "main.js"), "utf8")).toBe("/* main.js */");
    expect(existsSync(path.join(target, ".hotreload"))).toBe(true);
  });
});
