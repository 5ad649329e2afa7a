import "reflect-metadata";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { generateGraph } from "../bench/generate.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { validateAnnotation } from "../src/domain/annotation/annotation.validate.js";
import { BATCH_LIMITS, batchesOf, ingestBatch } from "../src/domain/editing/ingest-annotation.js";
import { createLogger } from "../src/logging/logger.js";
import { createDriver } from "../src/neo4j/driver.js";
import { startEmbeddedNeo4j } from "../src/neo4j/embedded/embedded-neo4j.js";
import { Executor } from "../src/neo4j/executor.js";
import { migrate } from "../src/neo4j/migrate.js";

/**
 * Times the corpus load on a fresh embedded Neo4j: the first round pays for query planning
 * on a cold JVM, later rounds show the steady state. Prints each round's total and the
 * statements that cost most, from the executor's debug log. With FACTS=n it then loads a
 * generated graph of about n facts in batches as `npm run ingest` does (BATCH=1: one
 * article per transaction), and prints articles per second. Migrations are timed first, on
 * the empty graph. Each phase also prints the CPU time the embedded Neo4j used, which a
 * shared machine disturbs less than wall-clock time.
 */
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const FACTS = Number(process.env.FACTS ?? 0);
const BATCH = Number(process.env.BATCH ?? BATCH_LIMITS.articles);
/** CPU seconds (user and system) a process has used, from /proc; 0 where there is no /proc. */
const cpuSeconds = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
};
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
  const cpu = () => cpuSeconds(neo4j.pid);
  const migrating = performance.now();
  let cpuBefore = cpu();
  await migrate(executor, createLogger("warn"));
  process.stdout.write(`migrations: ${Math.round(performance.now() - migrating)} ms (Neo4j CPU ${(cpu() - cpuBefore).toFixed(1)} s)\n`);
  for (let round = 1; round <= ROUNDS; round += 1) {
    perStatement.clear();
    const started = performance.now();
    cpuBefore = cpu();
    await loadCorpus(executor);
    const slowest = [...perStatement.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
    process.stdout.write(
      `round ${round}: ${Math.round(performance.now() - started)} ms (Neo4j CPU ${(cpu() - cpuBefore).toFixed(1)} s); slowest: ${slowest.map(([q, ms]) => `${q} ${ms} ms`).join(", ")}\n`,
    );
  }
  if (FACTS > 0) {
    const { articles } = generateGraph({ facts: FACTS, tag: "benchload" });
    perStatement.clear();
    const valid = articles.map((article) => validateAnnotation(article, article.article.id));
    const started = performance.now();
    cpuBefore = cpu();
    for (const batch of batchesOf(valid, (a) => a.facts.length, { ...BATCH_LIMITS, articles: BATCH })) {
      const failed = (await ingestBatch(executor, batch, { author: { by: "bench", via: "CLI" } })).find((o) => "error" in o);
      if (failed) throw failed.error;
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `generated: ${articles.length} articles in ${seconds.toFixed(1)} s = ${(articles.length / seconds).toFixed(1)} articles/s, ${BATCH} per transaction (Neo4j CPU ${(cpu() - cpuBefore).toFixed(1)} s)\n`,
    );
  }
} finally {
  await driver.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
