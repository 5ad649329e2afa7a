import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createLogger } from "../../src/logging/logger.js";
import { createDriver, verifyReachable } from "../../src/neo4j/driver.js";
import { startEmbeddedNeo4j } from "../../src/neo4j/embedded/embedded-neo4j.js";
import { Executor } from "../../src/neo4j/executor.js";
import { migrate } from "../../src/neo4j/migrate.js";
import { calibrate } from "./calibration.js";

export interface TestNeo4j {
  uri: string;
  username?: string;
  password?: string;
  database: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * One real Neo4j for the whole run: the embedded launcher on a free port with a
 * throw-away store, or the server NEO4J_URI names. Tests never mock the database;
 * each owns its data through TestHelper.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = createLogger("warn");
  // Time limits are what an idle machine needs, stretched by how loaded this one is now.
  const calibration = calibrate();
  const database = process.env.NEO4J_DATABASE || "neo4j";
  let target: TestNeo4j;
  let stopEmbedded = async () => {};
  let dataDir: string | undefined;
  if (process.env.NEO4J_URI) {
    target = { uri: process.env.NEO4J_URI, username: process.env.NEO4J_USERNAME || "neo4j", password: process.env.NEO4J_PASSWORD || "", database };
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), "diplograph-test-neo4j-"));
    // Build and start-up progress is worth showing; the JVM's own lines are not, and would
    // otherwise print after vitest's totals as the JVM stops.
    const embedded = await startEmbeddedNeo4j({
      dataDir,
      port: 0,
      heap: "1g",
      pagecache: "128m",
      startTimeoutMs: calibration.scale(120_000),
      log: (msg) => msg.startsWith("neo4j:") || process.stdout.write(`${msg}\n`),
    });
    target = { uri: embedded.uri, database };
    stopEmbedded = () => embedded.stop();
  }
  const driver = createDriver(target, { connectTimeoutMs: calibration.scale(10_000) });
  try {
    await verifyReachable(driver, target.uri, database, calibration.scale(30_000));
    await migrate(Executor.create(driver, { database, txTimeoutMs: calibration.scale(60_000), loadTxTimeoutMs: calibration.scale(120_000), logger }), logger);
  } catch (error) {
    await stopEmbedded();
    throw error;
  } finally {
    await driver.close();
  }
  project.provide("neo4j", target);
  return async () => {
    await stopEmbedded();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
