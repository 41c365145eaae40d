// Builds main.js (the plugin, for desktop and mobile) and dist/cli.js (the Node front door).
import esbuild from "esbuild";
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { copyBuild, vaultProblem } from "./scripts/pluginFolder.mjs";
import path from "node:path";

// Modes: "production" builds everything minified; "cli" and "bench" quietly build one Node bundle;
// no argument watches everything for development (and type-checks in watch mode).
// `npm run dev -- --vault <dir>` also copies each build into that vault's plugin folder.
const mode = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "watch";
const vaultFlag = process.argv.indexOf("--vault");
const devVault = vaultFlag === -1 ? null : process.argv[vaultFlag + 1];
const production = mode === "production";
const root = path.dirname(new URL(import.meta.url).pathname);

/** Swap gray-matter's engine table for ours, so no bundle contains its eval-based JavaScript engine. */
const safeGrayMatter = {
  name: "safe-gray-matter",
  setup(build) {
    build.onResolve({ filter: /^\.\/(lib\/)?engines$/ }, (args) =>
      args.importer.includes(`${path.sep}gray-matter${path.sep}`)
        ? { path: path.join(root, "scripts/shims/gray-matter-engines.js") }
        : undefined,
    );
  },
};

const shared = {
  bundle: true,
  logLevel: "info",
  treeShaking: true,
  sourcemap: production ? false : "inline",
  minify: production,
  plugins: [safeGrayMatter],
};

const plugin = {
  ...shared,
  entryPoints: ["src/plugin/main.ts"],
  outfile: "main.js",
  format: "cjs",
  // Obsidian mobile runs main.js in a WebView: browser resolution keeps `fs` out (gray-matter maps it to
  // nothing), and Buffer comes from the injected shim instead of a global.
  platform: "browser",
  // ES2020 keeps `?.` and `??` as written (about 6 KB less than ES2018); every WebView Obsidian mobile
  // runs in has them (Safari 13.1+, Chrome 80+).
  target: "es2020",
  inject: ["scripts/shims/buffer.js"],
  // Node built-ins are not external here: on mobile there is nothing to require them from.
  external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
};

const node = {
  ...shared,
  platform: "node",
  target: "node18",
  format: "cjs",
  sourcemap: production ? false : "inline",
  minify: false,
};

const cli = { ...node, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } };
const bench = { ...node, entryPoints: ["bench/main.ts"], outfile: "dist/bench.js", external: ["playwright-core", "markdown-it", "esbuild", "typescript"] };
const builds = [plugin, cli];

function reportSize() {
  const kb = (statSync("main.js").size / 1024).toFixed(1);
  console.log(`main.js: ${kb} KB (budget 400 KB)`);
}

if (mode === "cli" || mode === "bench") {
  await esbuild.build({ ...(mode === "cli" ? cli : bench), logLevel: "warning" });
} else if (production) {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  reportSize();
} else {
  await watch();
}

/** Rebuild on every change, type-check in watch mode beside it, and copy each plugin build into --vault's plugin folder. */
async function watch() {
  const problem = devVault === null ? null : devVault === undefined ? "--vault needs a folder" : vaultProblem(devVault);
  if (problem) {
    console.error(`dev: ${problem}`);
    process.exit(2);
  }
  const copy = {
    name: "copy-to-vault",
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length === 0) console.log(`dev: copied to ${copyBuild(devVault, { hotReload: true })}`);
      });
    },
  };
  const watched = devVault ? [{ ...plugin, plugins: [...plugin.plugins, copy] }, cli] : builds;
  const contexts = await Promise.all(watched.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  spawn("npx", ["tsc", "--noEmit", "--watch", "--preserveWatchOutput"], { stdio: "inherit" });
}
