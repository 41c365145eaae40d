// The plugin's folder inside a vault: whether a folder is a vault to install into, and copying a build there (install-plugin, npm run dev -- --vault).
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILES = ["main.js", "manifest.json", "styles.css"];
// Obsidian's config folder is ".obsidian" unless the user renamed it; a renamed one can be passed as CONFIG_DIR.
const configDir = () => process.env.CONFIG_DIR ?? ".obsidian";

/** Why `vault` cannot take the plugin, or null: it must be a folder, and an Obsidian vault (holding .obsidian) unless `create`. */
export function vaultProblem(vault, { create = false } = {}) {
  if (!existsSync(vault) || !statSync(vault).isDirectory()) return `${vault}: not a folder`;
  if (!create && !existsSync(path.join(vault, configDir()))) {
    return `${vault}: not an Obsidian vault (no ${configDir()} folder). Open it in Obsidian once, or pass --create to make it one`;
  }
  return null;
}

/** Copy main.js, manifest.json and styles.css into the vault's plugin folder; with hotReload, add the `.hotreload` file the Hot Reload plugin watches for. */
export function copyBuild(vault, { hotReload = false } = {}) {
  const { id } = JSON.parse(readFileSync("manifest.json", "utf8"));
  const target = path.join(vault, configDir(), "plugins", id);
  mkdirSync(target, { recursive: true });
  for (const file of FILES) copyFileSync(file, path.join(target, file));
  if (hotReload && !existsSync(path.join(target, ".hotreload"))) writeFileSync(path.join(target, ".hotreload"), "");
  return target;
}
