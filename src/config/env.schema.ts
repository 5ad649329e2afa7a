import { availableParallelism } from "node:os";
import { z } from "zod";
import { flag, keyList, memorySize, neo4jUri, oneOf, optionalText, text, wholeNumber } from "./settings.js";

/** Variables read whichever Neo4j the server uses. Defaults and ranges are the README's table. */
export const commonEnv = z.object({
  NEO4J_URI: neo4jUri(),
  NEO4J_DATABASE: text("neo4j"),
  NODE_ENV: oneOf(["development", "production", "test"], "development"),
  HOST: text("127.0.0.1"),
  PORT: wholeNumber(4000, { min: 0, max: 65535 }),
  LOG_LEVEL: oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
  LOG_FORMAT: oneOf(["auto", "json", "pretty"], "auto"),
  LOG_SOURCE_MAPPED_STACKS: flag(),
  NEO4J_TX_TIMEOUT_MS: wholeNumber(15_000, { min: 100, max: 600_000 }),
  NEO4J_LOAD_TX_TIMEOUT_MS: wholeNumber(120_000, { min: 1_000, max: 3_600_000 }),
  NEO4J_CONNECT_TIMEOUT_MS: wholeNumber(10_000, { min: 500, max: 120_000 }),
  SEED_CORPUS: oneOf(["if-empty", "never"], "if-empty"),
  GRAPHQL_MAX_DEPTH: wholeNumber(12, { min: 2, max: 50 }),
  GRAPHQL_MAX_ALIASES: wholeNumber(15, { min: 1, max: 200 }),
  GRAPHQL_MAX_COST: wholeNumber(100_000, { min: 10, max: 100_000_000 }),
  GRAPHQL_MAX_TOKENS: wholeNumber(2_000, { min: 100, max: 100_000 }),
  GRAPHQL_DEFAULT_PAGE_SIZE: wholeNumber(20, { min: 1, max: 500 }),
  GRAPHQL_MAX_PAGE_SIZE: wholeNumber(100, { min: 1, max: 1_000 }),
  GRAPHQL_DOCUMENT_CACHE_BYTES: wholeNumber(4 * 1024 * 1024, { min: 0, max: 1024 * 1024 * 1024 }),
  GRAPHQL_INTROSPECTION: flag(),
  GRAPHQL_SUGGESTIONS: flag(),
  GRAPHQL_JIT: flag(),
  GRAPHQL_JIT_COMPILE_AFTER: wholeNumber(1, { min: 0, max: 1_000 }),
  HTTP_MAX_BODY_BYTES: wholeNumber(2 * 1024 * 1024, { min: 1_024, max: 64 * 1024 * 1024 }),
  EDIT_MAX_ARTICLE_BYTES: wholeNumber(1024 * 1024, { min: 1_024, max: 64 * 1024 * 1024 }),
  EDIT_MAX_FACTS: wholeNumber(1_000, { min: 1, max: 100_000 }),
  RATE_LIMIT_PER_MINUTE: wholeNumber(600, { min: 0, max: 1_000_000 }),
  RATE_LIMIT_BURST: wholeNumber(60, { min: 1, max: 1_000_000 }),
  TRUST_PROXY: flag(),
  DIPLOGRAPH_EDITOR_KEYS: keyList(),
  DIPLOGRAPH_READER_KEYS: keyList(),
  DIPLOGRAPH_OPEN_READS: flag(),
  SHUTDOWN_GRACE_MS: wholeNumber(10_000, { min: 0, max: 120_000 }),
});

/** Read only when NEO4J_URI names a server: the embedded settings are then ignored, not checked. */
export const externalNeo4jEnv = z.object({
  NEO4J_USERNAME: text("neo4j"),
  NEO4J_PASSWORD: optionalText(),
});

/**
 * How long the embedded Neo4j may take to start when NEO4J_EMBEDDED_START_TIMEOUT_MS is unset:
 * two minutes on four cores or more, scaled up on fewer, since a JVM's start is CPU-bound and a
 * busy two-core machine was seen to need more than two minutes.
 */
export function defaultEmbeddedStartTimeoutMs(cores: number = availableParallelism()): number {
  return Math.round(120_000 * Math.max(1, 4 / Math.max(1, cores)));
}

/** Read only when NEO4J_URI is unset and the server embeds its own Neo4j. */
export const embeddedNeo4jEnv = z.object({
  NEO4J_EMBEDDED_PORT: wholeNumber(7687, { min: 0, max: 65535 }),
  NEO4J_DATA_DIR: text(".data/neo4j"),
  NEO4J_EMBEDDED_HEAP: memorySize("1g"),
  NEO4J_EMBEDDED_PAGECACHE: memorySize("256m"),
  NEO4J_EMBEDDED_START_TIMEOUT_MS: wholeNumber(defaultEmbeddedStartTimeoutMs(), { min: 5_000, max: 3_600_000 }),
});

/** Whose values an error message never repeats. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set(["NEO4J_PASSWORD", "DIPLOGRAPH_EDITOR_KEYS", "DIPLOGRAPH_READER_KEYS"]);
