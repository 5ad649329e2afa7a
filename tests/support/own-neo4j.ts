import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../../src/neo4j/embedded/embedded-neo4j.js";
import { findFreePort } from "../../src/neo4j/embedded/free-port.js";
import { calibrate } from "./calibration.js";

/** A Neo4j that only one test file uses, so that it may stop, kill and restart it. */
export interface OwnNeo4j {
  /** Its Bolt address, as it reported on its first start; the same across restarts. */
  readonly uri: string;
  /** Starts it, or starts it again after stop() or kill(), on the same port and store. */
  start(): Promise<void>;
  /** Stops it gracefully, as an operator would. */
  stop(): Promise<void>;
  /** Kills its JVM outright (SIGKILL), as a crash would. */
  kill(): void;
  /** Stops it if it runs and deletes its store: for afterAll, after whatever used it has stopped. */
  dispose(): Promise<void>;
}

/**
 * A private embedded Neo4j with a throw-away store, for tests of what happens when the
 * database goes away: the shared test Neo4j must never be stopped, since other files run
 * against it at the same time. Its port is fixed when it is made, so a server pointed at
 * `uri` finds it again once it restarts. Nothing runs until start().
 */
export async function ownNeo4j(name: string): Promise<OwnNeo4j> {
  const calibration = calibrate();
  const dataDir = mkdtempSync(path.join(tmpdir(), `diplograph-${name}-`));
  const port = await findFreePort();
  let running: EmbeddedNeo4j | undefined;
  let uri: string | undefined;
  const current = () => {
    if (!running) throw new Error("the test's own Neo4j is not running");
    return running;
  };
  return {
    get uri() {
      if (uri === undefined) throw new Error("the test's own Neo4j has not started yet");
      return uri;
    },
    async start() {
      if (running) throw new Error("the test's own Neo4j is running already");
      running = await startEmbeddedNeo4j({ dataDir, port, heap: "512m", startTimeoutMs: calibration.scale(120_000), log: () => undefined });
      uri = running.uri;
    },
    async stop() {
      const neo = current();
      running = undefined;
      await neo.stop();
    },
    kill() {
      const neo = current();
      process.kill(neo.pid, "SIGKILL");
    },
    async dispose() {
      const neo = running;
      running = undefined;
      await neo?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
