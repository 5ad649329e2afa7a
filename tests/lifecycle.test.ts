import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "../src/neo4j/embedded/free-port.js";
import { calibrate } from "./support/calibration.js";
import { postGraphql } from "./support/http.js";
import { jvmsFor, type MainProcess, startMain, waitUntil } from "./support/main-process.js";

/** Every deadline below is what an idle machine needs, stretched by how loaded this one is now. */
const calibration = calibrate();
const dataDirs: string[] = [];
const running: MainProcess[] = [];
afterAll(() => {
  for (const p of running) p.child.kill("SIGKILL");
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh store of the test's own, so each test runs alone or in any order. */
function ownDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "diplograph-lifecycle-"));
  dataDirs.push(dir);
  return dir;
}

async function startEmbeddedServer(dataDir: string, extra: Record<string, string> = {}) {
  const [httpPort, boltPort] = [await findFreePort(), await findFreePort()];
  const main = startMain({
    PORT: String(httpPort),
    NEO4J_EMBEDDED_PORT: String(boltPort),
    NEO4J_DATA_DIR: dataDir,
    SEED_CORPUS: "never",
    NEO4J_EMBEDDED_HEAP: "512m",
    // The server's own time limits, stretched like the test's: a cold first query on a busy machine is slow, not broken.
    NEO4J_EMBEDDED_START_TIMEOUT_MS: String(Math.min(3_600_000, calibration.scale(120_000))),
    NEO4J_TX_TIMEOUT_MS: String(Math.min(600_000, calibration.scale(15_000))),
    NEO4J_LOAD_TX_TIMEOUT_MS: String(Math.min(3_600_000, calibration.scale(120_000))),
    NEO4J_CONNECT_TIMEOUT_MS: String(Math.min(120_000, calibration.scale(10_000))),
    ...extra,
  });
  running.push(main);
  await main.waitFor(/Diplograph is ready/, calibration.scale(180_000));
  return { main, url: `http://127.0.0.1:${httpPort}`, bolt: `bolt://127.0.0.1:${boltPort}` };
}

/** Writes a node straight through Bolt, as another client of the same store would. */
async function writeMarker(bolt: string, id: string): Promise<void> {
  const driver = neo4j.driver(bolt);
  try {
    await driver.executeQuery(`CREATE (:Entity:Organisation {id: $id, name: 'Kept Across Restarts', sortName: 'kept across restarts', orgKind: 'OTHER'})`, { id });
  } finally {
    await driver.close();
  }
}

const MARKER = "org:lifecycle0001";

describe("the server's lifecycle on the embedded Neo4j", () => {
  it(
    "loads the corpus on a first start, stops on SIGTERM leaving no JVM behind, and a restart keeps the data",
    async () => {
      const dataDir = ownDataDir();
      const first = await startEmbeddedServer(dataDir, { SEED_CORPUS: "if-empty" });
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
      const seeded = await postGraphql(first.url, `{ articles { totalCount } }`);
      expect(seeded.body.data?.articles, JSON.stringify(seeded.body.errors)).toEqual({ totalCount: 5 });
      expect(jvmsFor(dataDir)).toHaveLength(1);
      await writeMarker(first.bolt, MARKER);
      first.main.child.kill("SIGTERM");
      expect(await first.main.exited).toEqual({ code: 0, signal: null });
      // The server exits only after its JVM has: by then there is none left.
      expect(jvmsFor(dataDir)).toEqual([]);

      const second = await startEmbeddedServer(dataDir, { SEED_CORPUS: "if-empty" });
      const { body } = await postGraphql(second.url, `{ organisation(id: "${MARKER}") { name } articles { totalCount } }`);
      expect(body.data, JSON.stringify(body.errors)).toEqual({ organisation: { name: "Kept Across Restarts" }, articles: { totalCount: 5 } });
      second.main.child.kill("SIGINT");
      expect((await second.main.exited).code).toBe(0);
      expect(jvmsFor(dataDir)).toEqual([]);
    },
    calibration.scale(300_000),
  );

  it(
    "takes its JVM down with it even when killed outright, and the store opens cleanly afterwards",
    async () => {
      const dataDir = ownDataDir();
      const killed = await startEmbeddedServer(dataDir);
      await writeMarker(killed.bolt, MARKER);
      killed.main.child.kill("SIGKILL");
      await killed.main.exited;
      // The JVM sees its stdin pipe close and shuts down by itself; nothing else stops it.
      expect(await waitUntil(() => jvmsFor(dataDir).length === 0, calibration.scale(30_000))).toBe(true);
      const restarted = await startEmbeddedServer(dataDir);
      const { body } = await postGraphql(restarted.url, `{ organisation(id: "${MARKER}") { name } }`);
      expect(body.data?.organisation, JSON.stringify(body.errors)).toEqual({ name: "Kept Across Restarts" });
      restarted.main.child.kill("SIGTERM");
      expect((await restarted.main.exited).code).toBe(0);
    },
    calibration.scale(300_000),
  );
});

describe("start-up against an unreachable Neo4j", () => {
  it(
    "fails, naming the URI, within its connect timeout",
    async () => {
      const connectTimeoutMs = 5_000;
      const closedPort = await findFreePort();
      const uri = `bolt://127.0.0.1:${closedPort}`;
      const started = Date.now();
      const main = startMain({ NEO4J_URI: uri, NEO4J_CONNECT_TIMEOUT_MS: String(connectTimeoutMs), PORT: String(await findFreePort()) });
      running.push(main);
      const { code } = await main.exited;
      // Starting the process takes a few seconds on an idle machine; beyond that it waits at most its connect timeout.
      expect(Date.now() - started).toBeLessThan(calibration.scale(10_000 + connectTimeoutMs));
      expect(code).toBe(1);
      expect(main.output()).toContain(`Cannot reach Neo4j at ${uri}`);
    },
    calibration.scale(60_000),
  );

  it(
    "refuses an invalid setting, naming the variable, the value and what is expected",
    async () => {
      const main = startMain({ PORT: "eighty" });
      running.push(main);
      expect((await main.exited).code).toBe(2);
      expect(main.output()).toContain('PORT="eighty" is invalid: expected a whole number from 0 to 65535');
    },
    calibration.scale(60_000),
  );
});
