import { randomBytes } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import type { Principal } from "../../src/auth/credentials.js";
import type { Author } from "../../src/domain/editing/revision.js";
import { inject } from "vitest";
import { type Config, loadConfig } from "../../src/config/config.js";
import { createContext, type Context } from "../../src/graphql/context.js";
import { createApollo } from "../../src/graphql/create-apollo.js";
import { createSchema } from "../../src/graphql/schema.js";
import { createLogger, type Logger } from "../../src/logging/logger.js";
import { cypher } from "../../src/neo4j/cypher-query.js";
import { createDriver } from "../../src/neo4j/driver.js";
import { Executor } from "../../src/neo4j/executor.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import { calibrate } from "./calibration.js";

/**
 * Transaction timeouts are what an idle machine needs, stretched by how loaded this one
 * is when the test file starts: a query that is merely slow on a busy machine must not
 * fail as a TIMEOUT.
 */
const calibration = calibrate();
const QUERY_TX_TIMEOUT_MS = Math.min(600_000, calibration.scale(15_000));
const LOAD_TX_TIMEOUT_MS = Math.min(3_600_000, calibration.scale(120_000));

/** Facts this test did not create but gave evidence to: a copy of a corpus article states the corpus's own facts. */
const SHARED_FACTS_OWN_EVIDENCE_SUPPORTS = cypher(
  "test.sharedFactsOwnEvidenceSupports",
  `MATCH (e:Evidence)-[:SUPPORTS]->(f:Fact) WHERE e.articleId CONTAINS $token AND NOT f.id CONTAINS $token
   RETURN collect(DISTINCT f.id) AS factIds`,
);

const DELETE_OWN_DATA = cypher(
  "test.deleteOwnData",
  `MATCH (n) WHERE n.id CONTAINS $token OR n.articleId CONTAINS $token
   OPTIONAL MATCH (n)<-[:SUBJECT|OBJECT]-(f:Fact)
   OPTIONAL MATCH (f)<-[:SUPPORTS]-(e:Evidence)
   OPTIONAL MATCH (f)<-[:CORRECTS]-(c:Correction)
   OPTIONAL MATCH (n)<-[:IN]-(e2:Evidence)
   DETACH DELETE e, e2, c, f, n`,
);

/**
 * Puts shared facts back as they were before the test's evidence: the count of what still
 * supports them, and no fact at all where only the test's evidence did.
 */
const RESTORE_SHARED_FACTS = cypher(
  "test.restoreSharedFacts",
  `UNWIND $factIds AS id
   MATCH (f:Fact {id: id})-[:SUBJECT]->(s)
   MATCH (f)-[:OBJECT]->(o)
   MATCH (s)-[r {factId: id}]->(o)
   WITH f, r, COUNT { (f)<-[:SUPPORTS]-(:Evidence) } AS evidence
   SET r.evidenceCount = evidence
   WITH f, r, evidence WHERE evidence = 0
   DETACH DELETE f
   DELETE r`,
);

/** In-process operations run as an editor unless a test says otherwise. */
export const EDITOR: Principal = { role: "editor", name: "test-editor" };

/** The author of what tests load without going through the API. */
export const TEST_AUTHOR: Author = { by: "test-suite", via: "CLI" };

export interface Execution {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
  /** Cypher statements the operation sent to Neo4j. */
  roundTrips: number;
}

/**
 * Gives each test its own data on the shared, real Neo4j: every id it makes carries a
 * random token, and `close()` deletes exactly what carries it. Tests never mock the database.
 */
export class TestHelper {
  readonly token = randomBytes(4)
    .toString("hex")
    .replace(/[^a-z0-9]/g, "x");
  /** Silent unless TEST_LOG_LEVEL asks, e.g. TEST_LOG_LEVEL=error to see what a masked error hid. */
  readonly logger: Logger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  readonly config: Config;
  readonly executor: Executor;
  private serial = 0;
  private servers: RunningServer[] = [];
  private apollos = new Map<Config, ApolloServer<Context>>();

  private constructor(readonly driver: Driver) {
    this.config = this.configWith({});
    this.executor = Executor.create(driver, {
      database: this.config.neo4j.database,
      txTimeoutMs: Math.min(600_000, calibration.scale(30_000)),
      loadTxTimeoutMs: LOAD_TX_TIMEOUT_MS,
      logger: this.logger,
    });
  }

  static async create(): Promise<TestHelper> {
    const target = inject("neo4j");
    return new TestHelper(createDriver(target, { connectTimeoutMs: 10_000 }));
  }

  /** An opaque id of the given kind that this test owns. */
  id(prefix: "official" | "org" | "country" | "place" | "meeting" | "framework" | "topic" | "article"): string {
    this.serial += 1;
    return `${prefix}:${this.token}${this.serial.toString(36).padStart(4, "0")}`;
  }

  /** Configuration for a server on the test Neo4j, on a free port, with no corpus unless asked. */
  configWith(env: Record<string, string>): Config {
    const target = inject("neo4j");
    return loadConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      PORT: "0",
      SEED_CORPUS: "never",
      // Tests send bursts from one address; the rate limit has its own test.
      RATE_LIMIT_PER_MINUTE: "0",
      // Every document compiled on its first request, so each test's operations run compiled.
      GRAPHQL_JIT_COMPILE_AFTER: "0",
      NEO4J_TX_TIMEOUT_MS: String(QUERY_TX_TIMEOUT_MS),
      NEO4J_LOAD_TX_TIMEOUT_MS: String(LOAD_TX_TIMEOUT_MS),
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username ?? "",
      NEO4J_PASSWORD: target.password ?? "",
      NEO4J_DATABASE: target.database,
      ...env,
    });
  }

  async startServer(env: Record<string, string> = {}): Promise<RunningServer> {
    const server = await startServer(this.configWith(env), this.logger);
    this.servers.push(server);
    return server;
  }

  /** Runs an operation in-process through the same Apollo configuration as HTTP, and counts its round trips. */
  async execute(query: string, variables: Record<string, unknown> = {}, config: Config = this.config, principal: Principal = EDITOR): Promise<Execution> {
    let apollo = this.apollos.get(config);
    if (!apollo) {
      apollo = createApollo({ schema: await createSchema(), config, logger: this.logger });
      await apollo.start();
      this.apollos.set(config, apollo);
    }
    const contextValue = createContext(this.executor, config, this.logger, principal);
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    const { data, errors } = response.body.singleResult;
    return { data: data as Record<string, unknown> | null | undefined, errors: errors as Execution["errors"], roundTrips: contextValue.executor.roundTrips };
  }

  async close(): Promise<void> {
    for (const server of this.servers) await server.stop();
    for (const apollo of this.apollos.values()) await apollo.stop();
    const [shared] = await this.executor.read<{ factIds: string[] }>(SHARED_FACTS_OWN_EVIDENCE_SUPPORTS, { token: this.token });
    await this.executor.write(DELETE_OWN_DATA, { token: this.token });
    if (shared?.factIds.length) await this.executor.write(RESTORE_SHARED_FACTS, { factIds: shared.factIds });
    await this.driver.close();
  }
}
