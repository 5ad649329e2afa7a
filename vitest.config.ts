import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { calibrate } from "./tests/support/calibration.js";

const require = createRequire(import.meta.url);
/** Time limits are what an idle machine needs, stretched by how loaded this one is as the run starts. */
const calibration = calibrate();

/**
 * Two projects. `unit`: the tests beside the code (src/**), which never touch Neo4j, so
 * `npm run test:unit` runs them in seconds. `integration`: tests/, against one real Neo4j
 * that the integration project's global setup boots once per run (vitest calls it only when
 * an integration test is queued). `npm test` runs both.
 */
export default defineConfig({
  resolve: {
    // One copy of graphql for tests and type-graphql alike, or schemas come "from another module or realm".
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    setupFiles: ["tests/support/setup.ts"],
    reporters: ["default", "./tests/support/totals.reporter.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: calibration.scale(60_000),
    hookTimeout: calibration.scale(240_000),
    teardownTimeout: calibration.scale(60_000),
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts", "scripts/**/*.test.js", "web/**/*.test.ts", "bench/**/*.test.ts"], isolate: false } },
      { extends: true, test: { name: "integration", include: ["tests/**/*.test.ts"], globalSetup: ["tests/support/web-build.global-setup.ts", "tests/support/global-setup.ts"] } },
    ],
  },
});
