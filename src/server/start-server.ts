import type { Config } from "../config/config.js";
import { createSchema } from "../graphql/schema.js";
import { createApp } from "../http/create-app.js";
import type { Logger } from "../logging/logger.js";
import type { Executor } from "../neo4j/executor.js";
import { migrate } from "../neo4j/migrate.js";
import { addMissingKhmerSearchNames } from "../domain/search/khmer-search-names.js";
import { openNeo4j } from "../neo4j/open-neo4j.js";
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
  let stopping = false;
  const neo4j = await openNeo4j(config, logger, {
    onUnexpectedExit: (error) => {
      if (!stopping) hooks.onFatal?.(error);
    },
  });
  try {
    const { executor } = neo4j;
    let migrated = false;
    const { version, applied } = await migrate(executor, logger);
    migrated = true;
    logger.info({ version, applied }, "graph schema is up to date");
    const respelled = await addMissingKhmerSearchNames(executor);
    if (respelled.updated > 0) logger.info({ entities: respelled.updated }, "Khmer names split into words for the name index");
    if (config.seedCorpus === "if-empty") await seedCorpusIfEmpty(executor, logger);

    const schema = await createSchema();
    const readiness = {
      migrated: () => migrated,
      ping: () => executor.ping(Math.min(config.connectTimeoutMs, 3_000)),
    };
    const app = await createApp({ schema, executor, config, logger, readiness });
    const address = await listen(app.httpServer, config.port, config.host);
    const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
    logger.info({ url: `${url}/graphiql`, neo4j: neo4j.uri }, "Diplograph is ready");

    let stopped: Promise<void> | undefined;
    return {
      url,
      port: address.port,
      neo4jUri: neo4j.uri,
      executor,
      stop: () => {
        stopped ??= (async () => {
          stopping = true;
          await app.apollo.stop();
          await neo4j.close();
          logger.info("Diplograph stopped");
        })();
        return stopped;
      },
    };
  } catch (error) {
    stopping = true;
    await neo4j.close();
    throw error;
  }
}
