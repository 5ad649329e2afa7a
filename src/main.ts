import "reflect-metadata";
import { loadConfig } from "./config/config.js";
import { ConfigError } from "./config/config-error.js";
import { createLogger } from "./logging/logger.js";
import { describeDriverError } from "./neo4j/classify-driver-error.js";
import { type RunningServer, startServer } from "./server/start-server.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Diplograph cannot start: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, undefined, config.logFormat);
  process.setSourceMapsEnabled(config.sourceMappedStacks);
  let server: RunningServer | undefined;
  let exiting = false;

  const shutdown = async (reason: string, code: number) => {
    if (exiting) return;
    exiting = true;
    logger.info({ reason }, "shutting down: finishing in-flight requests, then closing Neo4j");
    const force = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(code || 1);
    }, config.shutdownGraceMs + 35_000);
    force.unref();
    try {
      await server?.stop();
    } finally {
      process.exit(code);
    }
  };

  process.on("SIGINT", () => void shutdown("SIGINT", 0));
  process.on("SIGTERM", () => void shutdown("SIGTERM", 0));
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception");
    void shutdown("uncaught exception", 1);
  });

  try {
    server = await startServer(config, logger, {
      onFatal: (error) => {
        logger.fatal({ err: error }, error.message);
        void shutdown("embedded Neo4j stopped", 1);
      },
    });
    if (exiting) await server.stop();
  } catch (error) {
    const message = describeDriverError(error);
    logger.fatal({ err: error }, `Diplograph could not start: ${message}`);
    process.stderr.write(`Diplograph could not start: ${message}\n`);
    exiting = true;
    process.exit(1);
  }
}

void main();
