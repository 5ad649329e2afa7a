import type { Driver } from "neo4j-driver";
import { type Config, describeNeo4j } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import { createDriver, targetOf, verifyReachable } from "./driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "./embedded/embedded-neo4j.js";
import { Executor } from "./executor.js";

export interface OpenNeo4j {
  executor: Executor;
  uri: string;
  /** Closes the driver, then stops the embedded JVM if this call started it. */
  close(): Promise<void>;
}

/**
 * Reaches the configured Neo4j: the server at NEO4J_URI, or the embedded one, started
 * here. With `reuseRunning`, an embedded Neo4j already answering on its port (a running
 * server's) is used instead of starting a second one on the same store.
 */
export async function openNeo4j(config: Config, logger: Logger, options: { reuseRunning?: boolean; onUnexpectedExit?: (error: Error) => void } = {}): Promise<OpenNeo4j> {
  let embedded: EmbeddedNeo4j | undefined;
  let driver: Driver | undefined;
  let closing = false;
  const close = async () => {
    closing = true;
    await driver?.close().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    if (config.neo4j.mode === "embedded") {
      const running = options.reuseRunning ? await answering(targetOf(config.neo4j).uri, config) : undefined;
      if (running) {
        driver = running;
        logger.info({ neo4j: targetOf(config.neo4j).uri }, "using the embedded Neo4j of the running server");
      } else {
        logger.info({ neo4j: describeNeo4j(config.neo4j) }, "starting the embedded Neo4j");
        embedded = await startEmbeddedNeo4j({
          dataDir: config.neo4j.dataDir,
          port: config.neo4j.port,
          heap: config.neo4j.heap,
          pagecache: config.neo4j.pagecache,
          startTimeoutMs: config.neo4j.startTimeoutMs,
          log: (msg) => logger.info(msg),
          onUnexpectedExit: (code, signal) => {
            if (!closing) options.onUnexpectedExit?.(new Error(`The embedded Neo4j stopped unexpectedly (exit code ${code}, signal ${signal}).`));
          },
        });
      }
    }
    const target = targetOf(config.neo4j, embedded?.uri);
    driver ??= createDriver(target, { connectTimeoutMs: config.connectTimeoutMs });
    await verifyReachable(driver, target.uri, config.neo4j.database, config.connectTimeoutMs);
    const executor = Executor.create(driver, { database: config.neo4j.database, txTimeoutMs: config.txTimeoutMs, loadTxTimeoutMs: config.loadTxTimeoutMs, logger });
    return { executor, uri: target.uri, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function answering(uri: string, config: Config): Promise<Driver | undefined> {
  const driver = createDriver({ uri }, { connectTimeoutMs: 2_000 });
  try {
    await verifyReachable(driver, uri, config.neo4j.database, 2_000);
    return driver;
  } catch {
    await driver.close();
    return undefined;
  }
}
