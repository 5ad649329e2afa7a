import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { createLogger } from "../src/logging/logger.js";
import { createDriver } from "../src/neo4j/driver.js";
import { startEmbeddedNeo4j } from "../src/neo4j/embedded/embedded-neo4j.js";
import { Executor } from "../src/neo4j/executor.js";
import { migrate } from "../src/neo4j/migrate.js";

/**
 * Times the corpus load on a fresh embedded Neo4j: the first round pays for query planning
 * on a cold JVM, later rounds show the steady state. Prints each round's total and the
 * statements that cost most, from the executor's debug log.
 */
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const perStatement = new Map<string, number>();
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) {
      const entry = JSON.parse(line) as { query?: string; ms?: number };
      if (entry.query && entry.ms !== undefined) perStatement.set(entry.query, (perStatement.get(entry.query) ?? 0) + entry.ms);
    }
    done();
  },
});

const dataDir = mkdtempSync(path.join(tmpdir(), "diplograph-bench-"));
const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, log: () => undefined });
const driver = createDriver({ uri: neo4j.uri }, { connectTimeoutMs: 5_000 });
try {
  const executor = Executor.create(driver, { database: "neo4j", txTimeoutMs: 60_000, loadTxTimeoutMs: 120_000, logger: createLogger("debug", sink) });
  await migrate(executor, createLogger("warn"));
  for (let round = 1; round <= ROUNDS; round += 1) {
    perStatement.clear();
    const started = performance.now();
    await loadCorpus(executor);
    const slowest = [...perStatement.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
    process.stdout.write(`round ${round}: ${Math.round(performance.now() - started)} ms; slowest: ${slowest.map(([q, ms]) => `${q} ${ms} ms`).join(", ")}\n`);
  }
} finally {
  await driver.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
