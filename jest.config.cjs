/** Jest runs the TypeScript sources through swc; `obsidian` resolves to the fake app in test/fakes. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2021" } }] },
  moduleNameMapper: { "^obsidian$": "<rootDir>/test/fakes/obsidian.ts" },
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.cjs"],
  transformIgnorePatterns: ["/node_modules/(?!(date-fns)/)"],
};
