// Checks the target vault, builds, then copies the plugin into <vault>/.obsidian/plugins/rotation-lens/ so it can be tried in a real vault.
import { execFileSync } from "node:child_process";
import { copyBuild, vaultProblem } from "./pluginFolder.mjs";

const args = process.argv.slice(2);
const create = args.includes("--create");
const OPTIONS = ["--create", "--no-build"];
const unknown = args.find((a) => a.startsWith("-") && !OPTIONS.includes(a));
const vault = args.find((a) => !a.startsWith("-"));
if (!vault || unknown) {
  console.error(
    `install-plugin: ${unknown ? `unknown option ${unknown}; ` : ""}usage: npm run install-plugin -- <vault-dir> [--create] [--no-build]`,
  );
  process.exit(2);
}
// The target is checked before the build, so a typo costs no build.
const problem = vaultProblem(vault, { create });
if (problem) {
  console.error(`install-plugin: ${problem}`);
  process.exit(2);
}
// --no-build copies the build already in the project folder.
if (!args.includes("--no-build")) execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
const target = copyBuild(vault);
console.log(`Installed into ${target}`);
console.log("In Obsidian: Settings → Community plugins (Restricted mode off) → turn on Rotation Lens.");
