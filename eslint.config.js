import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import { layerBoundaries } from "./scripts/lint/layer-boundaries.rule.js";

/**
 * ESLint's and typescript-eslint's recommended rules, plus the layer rule: no folder of
 * src/ imports one above or beside it (src/layers.json). Formatting is Prettier's, not ESLint's.
 */
export default defineConfig([
  globalIgnores(["node_modules/", "neo4j-launcher/", ".data/", "coverage/", "dist/", "test-artifacts/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { diplograph: { rules: { "layer-boundaries": layerBoundaries } } },
    rules: { "diplograph/layer-boundaries": "error" },
  },
  {
    // Runs in the GraphiQL page as a classic script; the unit test loads it in Node.
    files: ["src/http/graphiql-operation-name.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly", globalThis: "readonly" } },
  },
  {
    // Also a classic script in the GraphiQL page.
    files: ["src/http/graphiql-readable.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly", MutationObserver: "readonly", requestAnimationFrame: "readonly" } },
  },
  {
    // Tests and the benchmark read GraphQL's untyped JSON answers; tests also break annotations on purpose.
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["scripts/lint/**/*.js", "eslint.config.js"],
    languageOptions: { globals: { process: "readonly", URL: "readonly" } },
  },
]);
