import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

import neo4j, { type Session } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";

import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../src/neo4j/embedded/embedded-neo4j.js";
import { findFreePort } from "../src/neo4j/embedded/free-port.js";
import { calibrate } from "./support/calibration.js";

/** Deadlines are what an idle machine needs, stretched by how loaded this one is now. */
const calibration = calibrate();

const log = (msg: string) => {
  if (process.env.DEBUG_EMBEDDED_NEO4J) console.error(msg);
};

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const embeddedModuleUrl = new URL("../src/neo4j/embedded/embedded-neo4j.ts", import.meta.url).href;

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isAlive(pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withSession<T>(uri: string, work: (session: Session) => Promise<T>): Promise<T> {
  // Auth is disabled on the loopback-only launcher, so any credentials are accepted; the driver's
  // typings offer no auth.none().
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "unused"));
  try {
    const session = driver.session();
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

describe("embedded Neo4j", () => {
  const tempDirs: string[] = [];
  const running: EmbeddedNeo4j[] = [];
  const strayPids: number[] = [];

  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "diplograph-neo4j-test-"));
    tempDirs.push(dir);
    return dir;
  }

  async function start(dataDir: string, port: number): Promise<EmbeddedNeo4j> {
    const db = await startEmbeddedNeo4j({ dataDir, port, pagecache: "64m", heap: "512m", startTimeoutMs: calibration.scale(120_000), log });
    running.push(db);
    return db;
  }

  afterAll(async () => {
    // A failed assertion must not leave a JVM behind.
    await Promise.all(running.map((db) => db.stop()));
    for (const pid of strayPids) {
      if (isAlive(pid)) process.kill(pid, "SIGKILL");
    }
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }, calibration.scale(120_000));

  it(
    "serves Bolt, has the Thai analyzer, keeps data across a restart and leaves no JVM behind",
    async () => {
      const dataDir = join(await tempDir(), "data");
      const port = await findFreePort();

      const first = await start(dataDir, port);
      expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);

      await withSession(first.uri, async (session) => {
        const one = await session.run("RETURN 1 AS one");
        expect(one.records[0]?.get("one").toNumber()).toBe(1);

        const analyzers = await session.run("CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS names");
        expect(analyzers.records[0]?.get("names")).toContain("thai");

        await session.run("CREATE (:EmbeddedTest {name: $name})", { name: "ASEAN" });
      });

      await first.stop();
      expect(isAlive(first.pid)).toBe(false);

      const second = await start(dataDir, port);
      await withSession(second.uri, async (session) => {
        const result = await session.run("MATCH (n:EmbeddedTest) RETURN n.name AS name");
        expect(result.records.map((r) => r.get("name"))).toEqual(["ASEAN"]);
      });

      await second.stop();
      expect(isAlive(second.pid)).toBe(false);
      // stop() is idempotent.
      await second.stop();
    },
    calibration.scale(240_000),
  );

  it(
    "exits by itself when its parent closes stdin, and picks a free port for port 0",
    async () => {
      let unexpectedExit = false;
      const lines: string[] = [];
      const db = await startEmbeddedNeo4j({
        dataDir: join(await tempDir(), "data"),
        port: 0,
        pagecache: "64m",
        heap: "512m",
        startTimeoutMs: calibration.scale(120_000),
        log: (msg) => {
          lines.push(msg);
          log(msg);
        },
        onUnexpectedExit: () => {
          unexpectedExit = true;
        },
      });
      running.push(db);
      expect(db.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(isAlive(db.pid)).toBe(true);

      await db.stop();
      expect(isAlive(db.pid)).toBe(false);
      // The JVM stopped on stdin EOF, not through the SIGKILL fallback, which says so in the log.
      expect(lines.filter((line) => /did not stop within|killing it/.test(line))).toEqual([]);
      expect(unexpectedExit).toBe(false);
      expect(lines.some((line) => line.includes("stdin closed by the parent process"))).toBe(true);
      expect(lines.some((line) => line.includes("EmbeddedNeo4j: stopped"))).toBe(true);
    },
    calibration.scale(180_000),
  );

  it(
    "shuts the JVM down by itself when its Node parent is SIGKILLed",
    async () => {
      const dataDir = join(await tempDir(), "data");
      const script = [
        `import { startEmbeddedNeo4j } from ${JSON.stringify(embeddedModuleUrl)};`,
        `const db = await startEmbeddedNeo4j({ dataDir: process.env.EMBEDDED_TEST_DATA_DIR, port: 0, pagecache: "64m", heap: "512m", log: () => {} });`,
        `process.stdout.write(JSON.stringify({ pid: db.pid }) + "\\n");`,
      ].join("\n");
      const parent = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
        cwd: projectRoot,
        env: { ...process.env, EMBEDDED_TEST_DATA_DIR: dataDir },
        stdio: ["ignore", "pipe", "pipe"],
      });
      strayPids.push(parent.pid as number);
      let parentStderr = "";
      parent.stderr.on("data", (chunk: Buffer) => (parentStderr += chunk.toString()));

      const jvmPid = await new Promise<number>((resolve, reject) => {
        createInterface({ input: parent.stdout }).once("line", (line) => resolve((JSON.parse(line) as { pid: number }).pid));
        parent.once("exit", (code) => reject(new Error(`parent exited (${code}) before Neo4j was ready:\n${parentStderr}`)));
      });
      strayPids.push(jvmPid);
      expect(isAlive(jvmPid)).toBe(true);

      const parentExited = new Promise((resolve) => parent.once("exit", resolve));
      parent.kill("SIGKILL");
      await parentExited;

      expect(await waitUntilGone(jvmPid, calibration.scale(30_000))).toBe(true);
    },
    calibration.scale(180_000),
  );
});
