import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/server/start-server.js";
import { calibrate } from "./support/calibration.js";
import { postGraphql } from "./support/http.js";
import { captureLog } from "./support/log-capture.js";
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

const CLIENTS = 50;
/** The promise: while Neo4j is unreachable, a query is answered within this, however many wait. */
const ANSWER_WITHIN_MS = 5_000;
const QUERY = `{ countries(first: 5) { totalCount } }`;

interface Answer {
  sentAt: number;
  answeredAt: number;
  code: string | undefined;
  ok: boolean;
}

/**
 * One client: queries one after another, recording each answer, until its second failure.
 * The first failure answers the query it had waiting when Neo4j died; the second, one it sent
 * after. A client that got UNAVAILABLE and tried once more is what a person does.
 */
async function client(url: string, answers: Answer[]): Promise<void> {
  let failures = 0;
  while (failures < 2) {
    const sentAt = Date.now();
    const { body } = await postGraphql(url, QUERY);
    const code = body.errors?.[0]?.extensions?.code as string | undefined;
    answers.push({ sentAt, answeredAt: Date.now(), code, ok: body.errors === undefined });
    if (body.errors !== undefined) failures += 1;
  }
}

describe("Neo4j killed under concurrent load", () => {
  it(
    `answers every waiting and every new query UNAVAILABLE within ${ANSWER_WITHIN_MS / 1000} s, however many clients wait`,
    async () => {
      neo = await ownNeo4j("outage-load");
      await neo.start();
      helper = await TestHelper.create();
      // The driver's connect timeout alone would not keep the promise: queries retry past it.
      const config = helper.configWith({ NEO4J_URI: neo.uri, NEO4J_CONNECT_TIMEOUT_MS: "3000" });
      // What the server logged, to say which failure was not mapped should one be.
      const log = captureLog("warn");
      server = await startServer(config, log.logger);
      const url = server.url;
      expect((await postGraphql(url, QUERY)).body.errors).toBeUndefined();

      const answers: Answer[] = [];
      const clients = Array.from({ length: CLIENTS }, () => client(url, answers));
      // Every client has been answered at least once before the kill: the load is real.
      while (answers.length < CLIENTS * 2) await new Promise((resolve) => setTimeout(resolve, 50));

      const killedAt = Date.now();
      neo.kill();
      await Promise.all(clients);

      const before = answers.filter((a) => a.answeredAt < killedAt);
      expect(
        before.every((a) => a.ok),
        JSON.stringify(before.filter((a) => !a.ok).slice(0, 3)),
      ).toBe(true);
      const after = answers.filter((a) => a.answeredAt >= killedAt);
      const failed = after.filter((a) => !a.ok);
      // Each client had a query waiting at the kill, and sent another after it.
      expect(failed.length).toBe(CLIENTS * 2);
      expect(failed.filter((a) => a.sentAt > killedAt).length).toBeGreaterThanOrEqual(CLIENTS);
      const driverCodes = () => JSON.stringify([...new Set(log.lines().map((l) => (l.err as { code?: string } | undefined)?.code))]);
      expect(new Set(failed.map((a) => a.code)), `driver failures logged: ${driverCodes()}`).toEqual(new Set(["UNAVAILABLE"]));
      const deadline = calibration.scale(ANSWER_WITHIN_MS);
      const waits = failed.map((a) => a.answeredAt - Math.max(a.sentAt, killedAt));
      expect(Math.max(...waits), `slowest of ${failed.length}: ${Math.max(...waits)} ms (deadline ${deadline} ms)`).toBeLessThan(deadline);
      // And the typical query is answered in the time a request takes, not after the driver's
      // retries (5 s of timers, however idle the machine): the outage is known, not rediscovered.
      const median = [...waits].sort((x, y) => x - y)[Math.floor(waits.length / 2)] ?? Infinity;
      expect(median, `median wait ${median} ms`).toBeLessThan(calibration.scale(1_000));
      // Only queries already running at the kill can have succeeded after it.
      expect(after.filter((a) => a.ok).every((a) => a.sentAt <= killedAt)).toBe(true);
    },
    calibration.scale(240_000),
  );
});
