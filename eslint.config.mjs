// Lint: eslint-plugin-obsidianmd's recommended rules for the plugin, manifest.json checked too,
// and a hard wall between src/core (pure, mobile-safe) and Obsidian or Node.
// package.json cannot hold a comment, so here: eslint-plugin-obsidianmd 0.4.2 pins the `obsidian` declarations
// (a peer of 1.8.7, a dependency of 1.12.3); the "overrides" entry makes it use the project's own newer
// `obsidian` (1.13.1), so the plugin type-checks against the newest API while manifest.json keeps minAppVersion.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import json from "@eslint/json";
import tseslint from "typescript-eslint";
import globals from "globals";
import prettier from "eslint-config-prettier";
import { builtinModules } from "node:module";

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig([
  globalIgnores([
    "node_modules/",
    "main.js",
    "dist/",
    "coverage/",
    "test-output/",
    "examples/",
    "docs/",
    "**/*.json",
    "!manifest.json",
    "!package.json",
  ]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "jest.config.mjs", "scripts/*.mjs", "scripts/*.cjs"],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The default config never looks at manifest.json; the review bot does.
    files: ["manifest.json"],
    language: "json/json",
    plugins: { json, obsidianmd },
    extends: [tseslint.configs.disableTypeChecked],
    rules: { "obsidianmd/validate-manifest": "error", "no-irregular-whitespace": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "obsidian", message: "src/core is pure: Obsidian belongs in src/plugin." },
            ...nodeModules.map((name) => ({ name, message: "src/core runs on Obsidian mobile: no Node built-ins." })),
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "Buffer", "require", "__dirname"],
    },
  },
  {
    // Node-side code: the CLI, tests, benchmarks and build scripts run in Node, never in Obsidian.
    files: ["src/cli/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "scripts/**", "*.mjs", "*.cjs"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/rule-custom-message": "off",
      "import/no-extraneous-dependencies": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/no-global-this": "off",
      "no-restricted-globals": "off",
      "obsidianmd/hardcoded-config-path": "off",
    },
  },
  {
    // The Bases view's own files run only once registerBases.ts has checked requireApiVersion("1.10.0") and that
    // registerBasesView and BasesView exist (the lint rule follows that guard there, not into these files).
    files: ["src/plugin/bases/timelineView.ts", "src/plugin/bases/entryValues.ts"],
    rules: { "obsidianmd/no-unsupported-api": "off" },
  },
  {
    // Obsidian's createEl, implemented for pages Obsidian does not run (the CLI's PNG page, the test fakes): it must call createElement.
    files: ["src/cli/png/obsidianDom.ts"],
    rules: { "obsidianmd/prefer-create-el": "off" },
  },
  {
    // The fake implements Vault.delete itself; the rule is for plugin code calling it.
    files: ["test/fakes/**/*.ts"],
    rules: { "obsidianmd/prefer-file-manager-trash-file": "off" },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/ui/sentence-case": "off",
    },
  },
  // Layout is Prettier's (npm run format); ESLint keeps to what code means.
  prettier,
]);
