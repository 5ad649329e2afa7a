import path from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { ConfigError, type ConfigProblem } from "./config-error.js";
import { commonEnv, embeddedNeo4jEnv, externalNeo4jEnv, SECRET_VARIABLES } from "./env.schema.js";
import type { NamedKey } from "./settings.js";

export type { NamedKey } from "./settings.js";
export { defaultEmbeddedStartTimeoutMs } from "./env.schema.js";

export type Env = Record<string, string | undefined>;

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export type Neo4jConfig =
  | { mode: "embedded"; port: number; dataDir: string; heap: string; pagecache: string; startTimeoutMs: number; database: string }
  | { mode: "external"; uri: string; username: string; password: string; database: string };

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  logFormat: "auto" | "json" | "pretty";
  /**
   * Whether stack traces (in the log only; never to a client) name TypeScript lines. Off in
   * production by default: the driver captures a stack for every query it runs, and mapping
   * each through the source maps was about a twentieth of a small query's CPU.
   */
  sourceMappedStacks: boolean;
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
  limits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; defaultPageSize: number; maxPageSize: number; documentCacheBytes: number };
  /** Conveniences that reveal the schema; suggestions only on an explicit opt-in. `jit`: operations run compiled by graphql-jit, a document once `jitCompileAfter` of its requests ran interpreted. */
  graphql: { introspection: boolean; suggestions: boolean; jit: boolean; jitCompileAfter: number };
  /** Largest request body; body-parser refuses more with 413 before reading it all. */
  maxBodyBytes: number;
  /** Refused before validation or any transaction, so one article cannot hold a write lock for minutes. */
  editing: { maxArticleBytes: number; maxFacts: number };
  /** Per client (credential name, else address): a token bucket; `perMinute: 0` turns it off. */
  rateLimit: { perMinute: number; burst: number; trustProxy: boolean };
  auth: { editorKeys: NamedKey[]; readerKeys: NamedKey[]; readsOpen: boolean };
  shutdownGraceMs: number;
}

/**
 * Reads and checks every setting once, at start-up, through the zod schemas in
 * env.schema.ts; an invalid value stops the server with a ConfigError naming every
 * invalid variable, its value and what was expected.
 */
export function loadConfig(env: Env = process.env): Config {
  const external = env.NEO4J_URI !== undefined && env.NEO4J_URI.trim() !== "";
  const common = commonEnv.safeParse(env);
  const target = external ? externalNeo4jEnv.safeParse(env) : embeddedNeo4jEnv.safeParse(env);
  const problems = [...problemsOf(common.error, env), ...problemsOf(target.error, env)];
  if (problems.length > 0 || !common.success || !target.success) throw new ConfigError(problems as [ConfigProblem, ...ConfigProblem[]]);
  const e = common.data;
  const t = target.data;
  const neo4j: Neo4jConfig =
    "NEO4J_USERNAME" in t
      ? { mode: "external", uri: e.NEO4J_URI!, username: t.NEO4J_USERNAME, password: t.NEO4J_PASSWORD ?? "", database: e.NEO4J_DATABASE }
      : {
          mode: "embedded",
          port: t.NEO4J_EMBEDDED_PORT,
          dataDir: path.resolve(PROJECT_ROOT, t.NEO4J_DATA_DIR),
          heap: t.NEO4J_EMBEDDED_HEAP,
          pagecache: t.NEO4J_EMBEDDED_PAGECACHE,
          startTimeoutMs: t.NEO4J_EMBEDDED_START_TIMEOUT_MS,
          database: e.NEO4J_DATABASE,
        };
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    sourceMappedStacks: e.LOG_SOURCE_MAPPED_STACKS ?? e.NODE_ENV !== "production",
    neo4j,
    txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    loadTxTimeoutMs: e.NEO4J_LOAD_TX_TIMEOUT_MS,
    connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
    seedCorpus: e.SEED_CORPUS,
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxCost: e.GRAPHQL_MAX_COST,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      defaultPageSize: e.GRAPHQL_DEFAULT_PAGE_SIZE,
      maxPageSize: e.GRAPHQL_MAX_PAGE_SIZE,
      documentCacheBytes: e.GRAPHQL_DOCUMENT_CACHE_BYTES,
    },
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION ?? true,
      suggestions: e.GRAPHQL_SUGGESTIONS ?? false,
      jit: e.GRAPHQL_JIT ?? true,
      jitCompileAfter: e.GRAPHQL_JIT_COMPILE_AFTER,
    },
    maxBodyBytes: e.HTTP_MAX_BODY_BYTES,
    editing: { maxArticleBytes: e.EDIT_MAX_ARTICLE_BYTES, maxFacts: e.EDIT_MAX_FACTS },
    rateLimit: { perMinute: e.RATE_LIMIT_PER_MINUTE, burst: e.RATE_LIMIT_BURST, trustProxy: e.TRUST_PROXY ?? false },
    auth: {
      editorKeys: e.DIPLOGRAPH_EDITOR_KEYS,
      readerKeys: e.DIPLOGRAPH_READER_KEYS,
      readsOpen: e.DIPLOGRAPH_OPEN_READS ?? e.DIPLOGRAPH_READER_KEYS.length === 0,
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}

/** One problem per invalid variable (its first issue), in the schema's order. */
function problemsOf(error: z.ZodError | undefined, env: Env): ConfigProblem[] {
  const problems = new Map<string, ConfigProblem>();
  for (const issue of error?.issues ?? []) {
    const variable = String(issue.path[0]);
    if (problems.has(variable)) continue;
    const value = SECRET_VARIABLES.has(variable) ? "<redacted>" : (env[variable]?.trim() ?? "");
    problems.set(variable, { variable, value, expected: issue.message });
  }
  return [...problems.values()];
}

export function describeNeo4j(neo4j: Neo4jConfig): string {
  return neo4j.mode === "embedded" ? `embedded Neo4j on bolt://127.0.0.1:${neo4j.port} (data in ${neo4j.dataDir})` : neo4j.uri;
}
