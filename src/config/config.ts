import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Env,
  type NamedKey,
  readBoolean,
  readEnum,
  readInt,
  readKeyList,
  readMemorySize,
  readNeo4jUri,
  readOptional,
  readString,
} from "./env-parsers.js";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export type Neo4jConfig =
  | { mode: "embedded"; port: number; dataDir: string; heap: string; pagecache: string; database: string }
  | { mode: "external"; uri: string; username: string; password: string; database: string };

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  logFormat: "auto" | "json" | "pretty";
  neo4j: Neo4jConfig;
  /** Applies to every transaction the server opens, so no query can hang a request. */
  txTimeoutMs: number;
  /**
   * Applies instead to the transactions that load or remove an article and apply
   * migrations: bounded work, but a cold start on a busy machine can take longer than
   * an analyst's query may.
   */
  loadTxTimeoutMs: number;
  connectTimeoutMs: number;
  seedCorpus: "if-empty" | "never";
  limits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; defaultPageSize: number; maxPageSize: number };
  auth: { editorKeys: NamedKey[]; readerKeys: NamedKey[]; readsOpen: boolean };
  shutdownGraceMs: number;
}

/** Reads and checks every setting once, at start-up; an invalid value stops the server. */
export function loadConfig(env: Env = process.env): Config {
  const uri = readNeo4jUri(env, "NEO4J_URI");
  const database = readString(env, "NEO4J_DATABASE", "neo4j");
  const neo4j: Neo4jConfig = uri
    ? {
        mode: "external",
        uri,
        username: readString(env, "NEO4J_USERNAME", "neo4j"),
        password: readOptional(env, "NEO4J_PASSWORD") ?? "",
        database,
      }
    : {
        mode: "embedded",
        port: readInt(env, "NEO4J_EMBEDDED_PORT", 7687, { min: 0, max: 65535 }),
        dataDir: path.resolve(PROJECT_ROOT, readString(env, "NEO4J_DATA_DIR", ".data/neo4j")),
        heap: readMemorySize(env, "NEO4J_EMBEDDED_HEAP", "1g"),
        pagecache: readMemorySize(env, "NEO4J_EMBEDDED_PAGECACHE", "256m"),
        database,
      };
  const readerKeys = readKeyList(env, "DIPLOGRAPH_READER_KEYS");
  return {
    env: readEnum(env, "NODE_ENV", "development", ["development", "production", "test"] as const),
    host: readString(env, "HOST", "127.0.0.1"),
    port: readInt(env, "PORT", 4000, { min: 0, max: 65535 }),
    logLevel: readEnum(env, "LOG_LEVEL", "info", ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const),
    logFormat: readEnum(env, "LOG_FORMAT", "auto", ["auto", "json", "pretty"] as const),
    neo4j,
    txTimeoutMs: readInt(env, "NEO4J_TX_TIMEOUT_MS", 15_000, { min: 100, max: 600_000 }),
    loadTxTimeoutMs: readInt(env, "NEO4J_LOAD_TX_TIMEOUT_MS", 120_000, { min: 1_000, max: 3_600_000 }),
    connectTimeoutMs: readInt(env, "NEO4J_CONNECT_TIMEOUT_MS", 10_000, { min: 500, max: 120_000 }),
    seedCorpus: readEnum(env, "SEED_CORPUS", "if-empty", ["if-empty", "never"] as const),
    limits: {
      maxDepth: readInt(env, "GRAPHQL_MAX_DEPTH", 12, { min: 2, max: 50 }),
      maxAliases: readInt(env, "GRAPHQL_MAX_ALIASES", 15, { min: 1, max: 200 }),
      maxCost: readInt(env, "GRAPHQL_MAX_COST", 100_000, { min: 10, max: 100_000_000 }),
      maxTokens: readInt(env, "GRAPHQL_MAX_TOKENS", 2_000, { min: 100, max: 100_000 }),
      defaultPageSize: readInt(env, "GRAPHQL_DEFAULT_PAGE_SIZE", 20, { min: 1, max: 500 }),
      maxPageSize: readInt(env, "GRAPHQL_MAX_PAGE_SIZE", 100, { min: 1, max: 1_000 }),
    },
    auth: {
      editorKeys: readKeyList(env, "DIPLOGRAPH_EDITOR_KEYS"),
      readerKeys,
      readsOpen: readBoolean(env, "DIPLOGRAPH_OPEN_READS", readerKeys.length === 0),
    },
    shutdownGraceMs: readInt(env, "SHUTDOWN_GRACE_MS", 10_000, { min: 0, max: 120_000 }),
  };
}

export function describeNeo4j(neo4j: Neo4jConfig): string {
  return neo4j.mode === "embedded" ? `embedded Neo4j on bolt://127.0.0.1:${neo4j.port} (data in ${neo4j.dataDir})` : neo4j.uri;
}
