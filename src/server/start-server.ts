import type { Driver } from "neo4j-driver";
import { type Config, describeNeo4j } from "../config/config.js";
import { createSchema } from "../graphql/schema.js";
import { createApp } from "../http/create-app.js";
import type { Logger } from "../logging/logger.js";
import { createDriver, targetOf, verifyReachable } from "../neo4j/driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../neo4j/embedded/embedded-neo4j.js";
import { Executor } from "../neo4j/executor.js";
import { migrate } from "../neo4j/migrate.js";
import { listen } from "./listen.js";
import { seedCorpusIfEmpty } from "./seed-corpus.js";

export interface RunningServer {
  url: string;
  port: number;
  neo4jUri: string;
  executor: Executor;
  /** Finishes in-flight requests, then closes the driver and the embedded JVM. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Start-up in the order that makes failure clear: Neo4j first (started or reached), then
 * migrations, then the corpus on an empty graph, and only then the HTTP port, so a
 * listening server is always a ready one. Anything started before a failure is stopped.
 */
export async function startServer(config: Config, logger: Logger, hooks: { onFatal?: (error: Error) => void } = {}): Promise<RunningServer> {
  let embedded: EmbeddedNeo4j | undefined;
  let driver: Driver | undefined;
  let stopping = false;
  const closeDatabase = async () => {
    await driver?.close().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    if (config.neo4j.mode === "embedded") {
      logger.info({ neo4j: describeNeo4j(config.neo4j) }, "starting the embedded Neo4j");
      embedded = await startEmbeddedNeo4j({
        dataDir: config.neo4j.dataDir,
        port: config.neo4j.port,
        heap: config.neo4j.heap,
        pagecache: config.neo4j.pagecache,
        log: (msg) => logger.info(msg),
        onUnexpectedExit: (code, signal) => {
          if (!stopping) hooks.onFatal?.(new Error(`The embedded Neo4j stopped unexpectedly (exit code ${code}, signal ${signal}).`));
        },
      });
    }
    const target = targetOf(config.neo4j, embedded?.uri);
    driver = createDriver(target, { connectTimeoutMs: config.connectTimeoutMs });
    await verifyReachable(driver, target.uri, config.neo4j.database, config.connectTimeoutMs);
    const executor = Executor.create(driver, { database: config.neo4j.database, txTimeoutMs: config.txTimeoutMs, logger });

    let migrated = false;
    const { version, applied } = await migrate(executor, logger);
    migrated = true;
    logger.info({ version, applied }, "graph schema is up to date");
    if (config.seedCorpus === "if-empty") await seedCorpusIfEmpty(executor, logger);

    const schema = await createSchema();
    const readiness = {
      migrated: () => migrated,
      ping: () => executor.ping(Math.min(config.connectTimeoutMs, 3_000)),
    };
    const app = await createApp({ schema, executor, config, logger, readiness });
    const address = await listen(app.httpServer, config.port, config.host);
    const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
    logger.info({ url: `${url}/graphiql`, neo4j: target.uri }, "Diplograph is ready");

    let stopped: Promise<void> | undefined;
    return {
      url,
      port: address.port,
      neo4jUri: target.uri,
      executor,
      stop: () => {
        stopped ??= (async () => {
          stopping = true;
          await app.apollo.stop();
          await closeDatabase();
          logger.info("Diplograph stopped");
        })();
        return stopped;
      },
    };
  } catch (error) {
    stopping = true;
    await closeDatabase();
    throw error;
  }
}
