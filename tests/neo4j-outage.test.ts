import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/server/start-server.js";
import { calibrate } from "./support/calibration.js";
import { postGraphql } from "./support/http.js";
import { type OwnNeo4j, ownNeo4j } from "./support/own-neo4j.js";
import { TestHelper } from "./support/test-helper.js";

/** Deadlines are what an idle machine needs, stretched by how loaded this one is now. */
const calibration = calibrate();
let neo: OwnNeo4j | undefined;
let server: RunningServer | undefined;
let helper: TestHelper | undefined;
afterAll(async () => {
  await server?.stop();
  await neo?.dispose();
  await helper?.close();
});

/** Whether `condition` holds before `timeoutMs` runs out, asking again every half second. */
async function eventually(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return condition();
}

const QUERY = `{ node(id: "country:KHM") { id } }`;

describe("Neo4j stopping under a running server", () => {
  it(
    "turns /readyz 503 and gives queries a coded error instead of hanging, then recovers when Neo4j is back",
    async () => {
      neo = await ownNeo4j("outage");
      await neo.start();
      helper = await TestHelper.create();
      const connectTimeoutMs = 3_000;
      const config = helper.configWith({ NEO4J_URI: neo.uri, NEO4J_CONNECT_TIMEOUT_MS: String(connectTimeoutMs) });
      server = await startServer(config, helper.logger);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect((await postGraphql(server.url, QUERY)).body.errors).toBeUndefined();

      await neo.stop();
      const readyStarted = Date.now();
      const readyDown = await fetch(`${server.url}/readyz`);
      expect(readyDown.status).toBe(503);
      expect(Date.now() - readyStarted).toBeLessThan(calibration.scale(5_000));
      const started = Date.now();
      const { body } = await postGraphql(server.url, QUERY);
      // Bounded by the connect timeout, not by how long a client would wait.
      expect(Date.now() - started).toBeLessThan(calibration.scale(connectTimeoutMs + 12_000));
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAVAILABLE");
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|Neo4jError|bolt:/);

      // Recovery is the outcome asserted: the driver reconnects by itself, as soon as the busy machine lets it.
      await neo.start();
      const url = server.url;
      expect(await eventually(async () => (await fetch(`${url}/readyz`)).status === 200, calibration.scale(30_000))).toBe(true);
      const recovered = await postGraphql(server.url, QUERY);
      expect(recovered.body.errors, JSON.stringify(recovered.body.errors)).toBeUndefined();
    },
    calibration.scale(240_000),
  );
});
