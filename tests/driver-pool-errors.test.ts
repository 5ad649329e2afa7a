import neo4j, { type Driver } from "neo4j-driver";
import { afterEach, describe, expect, inject, it } from "vitest";
import { UnavailableError } from "../src/errors/app-error.js";
import { createLogger } from "../src/logging/logger.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { Executor } from "../src/neo4j/executor.js";

const ONE = cypher("test.one", `RETURN 1 AS one`);

/**
 * A driver of its own on the test Neo4j, with a pool of `poolSize` connections and a short
 * acquisition timeout: a query that finds every connection held gives up within it.
 */
function ownDriver(poolSize: number): Driver {
  const target = inject("neo4j");
  const auth = target.username ? neo4j.auth.basic(target.username, target.password ?? "") : undefined;
  return neo4j.driver(target.uri, auth, {
    maxConnectionPoolSize: poolSize,
    connectionAcquisitionTimeout: 1_000,
    disableLosslessIntegers: true,
    logging: { level: "error", logger: () => undefined },
  });
}

function executorOn(driver: Driver): Executor {
  return Executor.create(driver, { database: inject("neo4j").database, txTimeoutMs: 60_000, loadTxTimeoutMs: 60_000, logger: createLogger("silent") });
}

let driver: Driver | undefined;
afterEach(async () => {
  await driver?.close();
  driver = undefined;
});

describe("driver failures that carry no code, against the real Neo4j", () => {
  it("answers a query that finds every connection held with UNAVAILABLE, saying to retry, and does not take the database for gone", async () => {
    driver = ownDriver(1);
    const executor = executorOn(driver);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    // The pool's one connection, held by an open transaction until the test lets it go.
    const holder = executor.readTransaction("test.holdTheOnlyConnection", async (tx) => {
      await tx.run(ONE);
      holding();
      await released;
    });
    await held;
    // Waiting longer than the outage probe's suspicion delay, this query also makes it check;
    // the check waits for the same pool, and a full pool must not count as an outage.
    const refused = await executor.read(ONE).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(UnavailableError);
    expect((refused as UnavailableError).code).toBe("UNAVAILABLE");
    expect((refused as UnavailableError).message).toMatch(/busy.*try again/i);
    release();
    await holder;
    // Not taken for an outage: the next query runs, rather than being refused at once.
    await expect(executor.read(ONE)).resolves.toEqual([{ one: 1 }]);
  });

  it("answers a query made after the driver closed (a request finishing during shutdown) with UNAVAILABLE", async () => {
    driver = ownDriver(2);
    const executor = executorOn(driver);
    await expect(executor.read(ONE)).resolves.toEqual([{ one: 1 }]);
    await driver.close();
    const refused = await executor.read(ONE).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(UnavailableError);
    expect((refused as UnavailableError).code).toBe("UNAVAILABLE");
  });
});
