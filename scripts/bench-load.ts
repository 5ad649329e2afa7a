import "reflect-metadata";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { createLogger } from "../src/logging/logger.js";
import { createDriver } from "../src/neo4j/driver.js";
import { startEmbeddedNeo4j } from "../src/neo4j/embedded/embedded-neo4j.js";
import { Executor } from "../src/neo4j/executor.js";
import { migrate } from "../src/neo4j/migrate.js";

const times = new Map<string, number[]>();
const sink = new Writable({ write(chunk, _e, cb) { for (const line of String(chunk).split("\n").filter(Boolean)) { const o = JSON.parse(line); if (o.ms !== undefined) { const k = String(o.query).replace(/\..*$/, "") + ":" + o.query.split(".").slice(1).join("."); times.set(o.query, [...(times.get(o.query) ?? []), o.ms]); void k; } } cb(); } });
const logger = createLogger("debug", sink);
const neo = await startEmbeddedNeo4j({ dataDir: mkdtempSync(path.join(tmpdir(), "t-")), port: 0, log: () => {} });
const driver = createDriver({ uri: neo.uri }, { connectTimeoutMs: 5000 });
const ex = Executor.create(driver, { database: "neo4j", txTimeoutMs: 60000, logger });
await migrate(ex, createLogger("warn"));
for (const round of [1, 2, 3]) {
  times.clear();
  const t = performance.now();
  await loadCorpus(ex);
  console.log(`round ${round}: ${Math.round(performance.now() - t)} ms`);
  console.log([...times.entries()].map(([k, v]) => [k, v.reduce((a, b) => a + b, 0)] as const).sort((a, b) => b[1] - a[1]).slice(0, 6));
}
await driver.close();
await neo.stop();
