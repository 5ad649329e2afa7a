import { Neo4jError } from "neo4j-driver";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isConnectionFailure, OutageProbe } from "./outage-probe.js";

const refused = () => new Neo4jError("Failed to connect to server", "ServiceUnavailable", "", "");
class Unavailable extends Error {}

/** A database that can be switched off and on: the probe's check fails while it is off. */
function fakeDatabase() {
  const state = { reachable: true, checks: 0 };
  const probe = new OutageProbe({
    check: async () => {
      state.checks += 1;
      if (!state.reachable) throw refused();
    },
    unavailable: () => new Unavailable("unavailable"),
    suspectAfterMs: 500,
    retryEveryMs: 1_000,
  });
  return { state, probe };
}

/** Work that never reaches the database: it waits, as a query does for a connection that will not come. */
const forever = () => new Promise<never>(() => undefined);

describe("OutageProbe", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets work through, with its result or its own error, while the database is reachable", async () => {
    const { probe } = fakeDatabase();
    await expect(probe.guard(async () => 42)).resolves.toBe(42);
    await expect(probe.guard(async () => Promise.reject(new Error("bad query")))).rejects.toThrow("bad query");
    expect(probe.isDown).toBe(false);
  });

  it("answers every waiting query at once, and refuses new ones without running them, once a connection failure is confirmed", async () => {
    const { state, probe } = fakeDatabase();
    state.reachable = false;
    const waiting = Array.from({ length: 50 }, () => probe.guard(forever));
    const outcomes = Promise.allSettled(waiting);
    // One query meets the dead server; the others are still waiting for a connection.
    await expect(probe.guard(async () => Promise.reject(refused()))).rejects.toBeInstanceOf(Neo4jError);
    await vi.advanceTimersByTimeAsync(0);
    expect(probe.isDown).toBe(true);
    for (const outcome of await outcomes) expect(outcome).toMatchObject({ status: "rejected", reason: expect.any(Unavailable) });
    const work = vi.fn(async () => 1);
    await expect(probe.guard(work)).rejects.toBeInstanceOf(Unavailable);
    expect(work).not.toHaveBeenCalled();
    expect(state.checks).toBe(1);
  });

  it("changes nothing when the check finds the database reachable: one broken connection fails only its own query", async () => {
    const { state, probe } = fakeDatabase();
    const other = probe.guard(async (handle) => {
      handle.started();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      return "other";
    });
    await expect(probe.guard(async () => Promise.reject(refused()))).rejects.toBeInstanceOf(Neo4jError);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(other).resolves.toBe("other");
    expect(probe.isDown).toBe(false);
    expect(state.checks).toBe(1);
  });

  it("checks when work has not reached the database in time, and fails it fast if the database is gone", async () => {
    const { state, probe } = fakeDatabase();
    state.reachable = false;
    const waiting = probe.guard(forever);
    const caught = waiting.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(499);
    expect(state.checks).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(await caught).toBeInstanceOf(Unavailable);
  });

  it("does not suspect work that has started, however long it runs", async () => {
    const { state, probe } = fakeDatabase();
    const long = probe.guard(async (handle) => {
      handle.started();
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      return "done";
    });
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(long).resolves.toBe("done");
    expect(state.checks).toBe(0);
  });

  it("takes a failure reported from inside work, before the driver's retries end", async () => {
    const { state, probe } = fakeDatabase();
    state.reachable = false;
    const retrying = probe.guard(async (handle) => {
      handle.started();
      handle.failed(refused());
      return forever();
    });
    const caught = retrying.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    expect(await caught).toBeInstanceOf(Unavailable);
  });

  it("asks again in the background while down, and lets queries through once the database answers", async () => {
    const { state, probe } = fakeDatabase();
    state.reachable = false;
    await expect(probe.guard(async () => Promise.reject(refused()))).rejects.toBeInstanceOf(Neo4jError);
    await vi.advanceTimersByTimeAsync(0);
    expect(probe.isDown).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probe.isDown).toBe(true);
    expect(state.checks).toBe(4);
    state.reachable = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(probe.isDown).toBe(false);
    await expect(probe.guard(async () => "back")).resolves.toBe("back");
  });

  it("is up again as soon as any round trip succeeds", async () => {
    const { state, probe } = fakeDatabase();
    state.reachable = false;
    probe.report(refused());
    await vi.advanceTimersByTimeAsync(0);
    expect(probe.isDown).toBe(true);
    probe.reportHealthy();
    expect(probe.isDown).toBe(false);
  });

  it("ignores failures that are not about reaching the database", async () => {
    const { state, probe } = fakeDatabase();
    state.reachable = false;
    probe.report(new Neo4jError("syntax", "Neo.ClientError.Statement.SyntaxError", "", ""));
    probe.report(new Neo4jError("Connection acquisition timed out in 100 ms.", "N/A", "", ""));
    probe.report(new Error("anything"));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.checks).toBe(0);
  });
});

describe("isConnectionFailure", () => {
  it("is true for the driver's connection codes only", () => {
    expect(isConnectionFailure(refused())).toBe(true);
    expect(isConnectionFailure(new Neo4jError("gone", "SessionExpired", "", ""))).toBe(true);
    expect(isConnectionFailure(new Neo4jError("busy", "Neo.TransientError.Transaction.DeadlockDetected", "", ""))).toBe(false);
    expect(isConnectionFailure(new Error("ECONNREFUSED"))).toBe(false);
  });
});
