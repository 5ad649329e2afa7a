import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One copy of graphql for tests and type-graphql alike, or schemas come "from another module or realm".
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts", "web/**/*.test.ts"],
    globalSetup: ["tests/support/web-build.global-setup.ts", "tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup.ts"],
    reporters: ["default", "./tests/support/totals.reporter.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});
