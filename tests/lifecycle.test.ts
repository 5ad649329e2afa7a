import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "../src/neo4j/embedded/free-port.js";
import { postGraphql } from "./support/http.js";
import { jvmsFor, type MainProcess, startMain, waitUntil } from "./support/main-process.js";

const dataDir = mkdtempSync(path.join(tmpdir(), "diplograph-lifecycle-"));
const running: MainProcess[] = [];
afterAll(() => {
  for (const p of running) p.child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

async function startEmbeddedServer(extra: Record<string, string> = {}) {
  const [httpPort, boltPort] = [await findFreePort(), await findFreePort()];
  const main = startMain({ PORT: String(httpPort), NEO4J_EMBEDDED_PORT: String(boltPort), NEO4J_DATA_DIR: dataDir, SEED_CORPUS: "never", NEO4J_EMBEDDED_HEAP: "512m", ...extra });
  running.push(main);
  await main.waitFor(/Diplograph is ready/, 180_000);
  return { main, url: `http://127.0.0.1:${httpPort}`, bolt: `bolt://127.0.0.1:${boltPort}` };
}

const MARKER = "org:lifecycle0001";

describe("the server's lifecycle on the embedded Neo4j", () => {
  it("loads the corpus on a first start, stops on SIGTERM leaving no JVM behind, and a restart keeps the data", async () => {
    const first = await startEmbeddedServer({ SEED_CORPUS: "if-empty" });
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    const seeded = await postGraphql(first.url, `{ articles { totalCount } }`);
    expect(seeded.body.data?.articles).toEqual({ totalCount: 5 });
    expect(jvmsFor(dataDir)).toHaveLength(1);
    const driver = neo4j.driver(first.bolt);
    try {
      await driver.executeQuery(`CREATE (:Entity:Organisation {id: $id, name: 'Kept Across Restarts', sortName: 'kept across restarts', orgKind: 'OTHER'})`, { id: MARKER });
    } finally {
      await driver.close();
    }
    first.main.child.kill("SIGTERM");
    expect(await first.main.exited).toEqual({ code: 0, signal: null });
    expect(await waitUntil(() => jvmsFor(dataDir).length === 0, 5_000)).toBe(true);

    const second = await startEmbeddedServer({ SEED_CORPUS: "if-empty" });
    const { body } = await postGraphql(second.url, `{ organisation(id: "${MARKER}") { name } articles { totalCount } }`);
    expect(body.data).toEqual({ organisation: { name: "Kept Across Restarts" }, articles: { totalCount: 5 } });
    second.main.child.kill("SIGINT");
    expect((await second.main.exited).code).toBe(0);
    expect(await waitUntil(() => jvmsFor(dataDir).length === 0, 5_000)).toBe(true);
  }, 300_000);

  it("takes its JVM down with it even when killed outright, and the store opens cleanly afterwards", async () => {
    const third = await startEmbeddedServer();
    third.main.child.kill("SIGKILL");
    await third.main.exited;
    expect(await waitUntil(() => jvmsFor(dataDir).length === 0, 30_000)).toBe(true);
    const fourth = await startEmbeddedServer();
    const { body } = await postGraphql(fourth.url, `{ organisation(id: "${MARKER}") { name } }`);
    expect(body.data?.organisation).toEqual({ name: "Kept Across Restarts" });
    fourth.main.child.kill("SIGTERM");
    expect((await fourth.main.exited).code).toBe(0);
  }, 300_000);
});

describe("start-up against an unreachable Neo4j", () => {
  it("fails within 15 s with a message naming the URI", async () => {
    const closedPort = await findFreePort();
    const uri = `bolt://127.0.0.1:${closedPort}`;
    const started = Date.now();
    const main = startMain({ NEO4J_URI: uri, PORT: String(await findFreePort()) });
    running.push(main);
    const { code } = await main.exited;
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(code).not.toBe(0);
    expect(main.output()).toContain(`Cannot reach Neo4j at ${uri}`);
  });

  it("refuses an invalid setting, naming the variable, the value and what is expected", async () => {
    const main = startMain({ PORT: "eighty" });
    running.push(main);
    expect((await main.exited).code).toBe(2);
    expect(main.output()).toContain('PORT="eighty" is invalid: expected a whole number from 0 to 65535');
  });
});
