// Copies the built plugin into <vault>/.obsidian/plugins/rotation-lens/ so it can be tried in a real vault.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const vault = process.argv[2];
if (!vault) {
  console.error("usage: npm run install-plugin -- <vault-dir>");
  process.exit(2);
}
if (!existsSync(vault) || !statSync(vault).isDirectory()) {
  console.error(`install-plugin: ${vault}: not a folder`);
  process.exit(2);
}
const { id } = JSON.parse(readFileSync("manifest.json", "utf8"));
// Obsidian's config folder is ".obsidian" unless the user renamed it; a renamed one can be passed as CONFIG_DIR.
const target = path.join(vault, process.env.CONFIG_DIR ?? ".obsidian", "plugins", id);
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, path.join(target, file));
console.log(`Installed ${id} into ${target}`);
console.log("In Obsidian: Settings → Community plugins → turn on Rotation Lens.");
