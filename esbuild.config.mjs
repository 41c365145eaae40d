// Builds main.js (the plugin, for desktop and mobile), dist/cli.js (the Node front door) and dist/chart-page.js (the CLI's PNG page).
import esbuild from "esbuild";
import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { copyBuild, vaultProblem } from "./scripts/pluginFolder.mjs";
import path from "node:path";

/** Code that runs in Obsidian is built for tsconfig.json's target (its "//" says why). */
const BROWSER_TARGET = JSON.parse(readFileSync("tsconfig.json", "utf8")).compilerOptions.target.toLowerCase();
/** The CLI and the bench are built for the oldest Node that package.json's `engines` allows (">=20" → node20). */
const NODE_TARGET = `node${/\d+/.exec(JSON.parse(readFileSync("package.json", "utf8")).engines.node)[0]}`;

// Modes: "production" builds everything minified; "cli" quietly builds the CLI and its chart page, "bench" the bench;
// no argument watches everything for development (and type-checks in watch mode).
// `npm run dev -- --vault <dir>` also copies each build into that vault's plugin folder.
const mode = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "watch";
const vaultFlag = process.argv.indexOf("--vault");
const devVault = vaultFlag === -1 ? null : process.argv[vaultFlag + 1];
const production = mode === "production";

/**
 * main.js only: the `yaml` package's tag table without YAML 1.1's types (timestamp, binary, set, omap, pairs and
 * 1.1's number and bool forms), about 8 KB. Every reader here asks for the 1.2 core schema; what changes is that an
 * explicit `!!timestamp`-style tag stays text (with a warning) and a `%YAML 1.1` document is read as 1.2 core.
 */
const yamlCoreTags = {
  name: "yaml-core-tags",
  setup(build) {
    build.onLoad({ filter: /[\\/]yaml[\\/]browser[\\/]dist[\\/]schema[\\/]tags\.js$/ }, async (args) => {
      const source = readFileSync(args.path, "utf8");
      const at = source.indexOf("function getTags(");
      if (at < 0 || !source.includes("./yaml-1.1/merge.js"))
        throw new Error("yaml's schema/tags.js changed: review the yaml-core-tags shim in esbuild.config.mjs");
      const head = `import { map } from './common/map.js';
import { nullTag } from './common/null.js';
import { seq } from './common/seq.js';
import { string } from './common/string.js';
import { boolTag } from './core/bool.js';
import { floatNaN, floatExp, float } from './core/float.js';
import { intOct, intHex, int } from './core/int.js';
import { schema } from './core/schema.js';
import { schema as schema$1 } from './json/schema.js';
import { merge } from './yaml-1.1/merge.js';
const schemas = new Map([['core', schema], ['failsafe', [map, seq, string]], ['json', schema$1], ['yaml11', schema], ['yaml-1.1', schema]]);
const tagsByName = { bool: boolTag, float, floatExp, floatNaN, int, intHex, intOct, map, merge, null: nullTag, seq };
const coreKnownTags = { 'tag:yaml.org,2002:merge': merge };
`;
      return { contents: head + source.slice(at), loader: "js", resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * main.js only: chart.js's radial and time scales stay in a bundle that never uses them, because their static
 * `defaults` read another module's value (`Ticks.formatters.numeric`, `TimeScale.defaults`), which a bundler
 * must assume has effects. Reading those values lazily instead lets tree shaking drop both scales (about
 * 19 KB). The build stops if chart.js's text changes, so the shim is looked at again rather than silently lost.
 */
const chartJsLazyDefaults = {
  name: "chart-js-lazy-defaults",
  setup(build) {
    build.onLoad({ filter: /[\\/]chart\.js[\\/]dist[\\/]chart\.js$/ }, async (args) => {
      let source = readFileSync(args.path, "utf8");
      const swaps = [
        [/callback: Ticks\.formatters\.numeric\n/g, "callback: (...args) => Ticks.formatters.numeric(...args)\n"],
        ["static defaults = TimeScale.defaults;", "static get defaults() { return TimeScale.defaults; }"],
      ];
      for (const [from, to] of swaps) {
        const next = source.replace(from, to);
        if (next === source)
          throw new Error("chart.js's dist/chart.js changed: review the chart-js-lazy-defaults shim in esbuild.config.mjs");
        source = next;
      }
      return { contents: source, loader: "js" };
    });
  },
};

const shared = {
  bundle: true,
  logLevel: "info",
  treeShaking: true,
  sourcemap: production ? false : "inline",
  minify: production,
};

const plugin = {
  ...shared,
  entryPoints: ["src/plugin/main.ts"],
  outfile: "main.js",
  format: "cjs",
  // Obsidian mobile runs main.js in a WebView: browser resolution, and no Node global is assumed.
  platform: "browser",
  // One target with the type-checker and jest: tsconfig.json's, where the reason is written.
  target: BROWSER_TARGET,
  // Node built-ins are not external here: on mobile there is nothing to require them from.
  external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
  plugins: [yamlCoreTags, chartJsLazyDefaults],
};

const node = {
  ...shared,
  platform: "node",
  target: NODE_TARGET,
  format: "cjs",
  sourcemap: production ? false : "inline",
  minify: false,
};

// playwright-core (a dev dependency) stays outside: `blocks --png` loads it only when asked, and names it when missing.
const cli = {
  ...node,
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.js",
  banner: { js: "#!/usr/bin/env node" },
  external: ["playwright-core"],
};
// The page `blocks --png` draws charts in, loaded into Chromium by the CLI: the plugin's chart code, never shipped in main.js.
const chartPage = {
  ...shared,
  entryPoints: ["src/cli/png/chartPage.ts"],
  outfile: "dist/chart-page.js",
  format: "iife",
  platform: "browser",
  target: BROWSER_TARGET,
};
const bench = {
  ...node,
  entryPoints: ["bench/main.ts"],
  outfile: "dist/bench.js",
  external: ["playwright-core", "markdown-it", "esbuild", "typescript"],
};
const builds = [plugin, cli, chartPage];

function reportSize() {
  const kb = (statSync("main.js").size / 1024).toFixed(1);
  console.log(`main.js: ${kb} KB (budget 400 KB)`);
}

if (mode === "cli") {
  await Promise.all([cli, chartPage].map((b) => esbuild.build({ ...b, logLevel: "warning" })));
} else if (mode === "bench") {
  await esbuild.build({ ...bench, logLevel: "warning" });
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
  const watched = devVault ? [{ ...plugin, plugins: [...plugin.plugins, copy] }, cli, chartPage] : builds;
  const contexts = await Promise.all(watched.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  // Both projects `npm run typecheck` checks: src/core also alone, without Node's or the DOM's types.
  for (const project of ["tsconfig.json", "tsconfig.core.json"])
    spawn("npx", ["tsc", "-p", project, "--noEmit", "--watch", "--preserveWatchOutput"], { stdio: "inherit" });
}
