/** Jest runs the TypeScript sources through swc; `obsidian` resolves to the fake app in test/fakes. */
import { readFileSync } from "node:fs";
// Tests run the code as it ships: the same target as tsconfig.json and the plugin build.
const target = JSON.parse(readFileSync(new URL("./tsconfig.json", import.meta.url), "utf8")).compilerOptions.target.toLowerCase();

export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target } }] },
  moduleNameMapper: { "^obsidian$": "<rootDir>/test/fakes/obsidian.ts" },
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.cjs"],
  transformIgnorePatterns: ["/node_modules/(?!(date-fns)/)"],
};
