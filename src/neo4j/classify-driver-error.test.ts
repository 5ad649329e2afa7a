import { once } from "node:events";
import { createServer, type AddressInfo, type Socket } from "node:net";
import neo4j, { Neo4jError } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, BadInputError, ConflictError, InternalError, NotFoundError, TimeoutError, UnavailableError } from "../errors/app-error.js";
import { classifyDriverError, describeDriverError } from "./classify-driver-error.js";
import { isConnectionFailure } from "./outage-probe.js";

/** A driver error as the driver builds one: a message, a code, and a GQL status nobody here reads. */
const driverError = (code: string, message = "it failed") => new Neo4jError(message, code, "50N42", "error: general processing exception");

/** What `work` rejects with: the driver's own error, as the driver builds it. */
async function rejectionOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("the work was expected to fail");
}

/**
 * A listener that accepts connections and never answers the Bolt handshake, so a driver
 * pointed at it never gets a connection out of its pool: the way a pool that every query
 * holds looks to the next query, without a database.
 */
async function silentServer() {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket.on("close", () => sockets.delete(socket))));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    uri: `bolt://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, "close");
    },
  };
}

const driverOptions = { connectionTimeout: 200, connectionAcquisitionTimeout: 200, maxTransactionRetryTime: 0, logging: { level: "error" as const, logger: () => undefined } };

describe("classifyDriverError, on the errors a real driver throws with no code of its own", () => {
  let silent: Awaited<ReturnType<typeof silentServer>>;
  beforeAll(async () => {
    silent = await silentServer();
  });
  afterAll(async () => {
    await silent?.close();
  });

  it("reads a query after the driver was closed (a request finishing during shutdown) as UNAVAILABLE", async () => {
    // Nothing listens on port 1: the first query only makes the driver build its pool, which close() then closes.
    const driver = neo4j.driver("bolt://127.0.0.1:1", undefined, driverOptions);
    await rejectionOf(() => driver.executeQuery("RETURN 1"));
    await driver.close();
    const session = driver.session();
    const cause = await rejectionOf(() => session.executeRead((tx) => tx.run("RETURN 1")));
    await session.close();
    const typed = classifyDriverError(cause);
    expect(typed).toBeInstanceOf(UnavailableError);
    expect(typed.code).toBe("UNAVAILABLE");
    expect(typed.cause).toBe(cause);
  });

  it("reads a pool with no connection to give within the acquisition timeout (load) as UNAVAILABLE, telling the client to retry", async () => {
    const driver = neo4j.driver(silent.uri, undefined, { ...driverOptions, maxConnectionPoolSize: 1 });
    try {
      const cause = await rejectionOf(() => driver.executeQuery("RETURN 1"));
      const typed = classifyDriverError(cause);
      expect(typed).toBeInstanceOf(UnavailableError);
      expect(typed.code).toBe("UNAVAILABLE");
      expect(typed.message).toMatch(/try again/i);
      expect(typed.message).not.toMatch(/Pool status|acquisition|conn count/i);
      expect(typed.cause).toBe(cause);
      // Load, not an outage: the outage probe does not count it as the database gone.
      expect(isConnectionFailure(cause)).toBe(false);
    } finally {
      await driver.close();
    }
  });

  it("keeps any other uncoded driver error internal, whatever words it shares with those two", () => {
    expect(classifyDriverError(new Neo4jError("Driver is connected to a database that does not support user switch.", "N/A", "50N42", "")).code).toBe("INTERNAL_SERVER_ERROR");
    expect(classifyDriverError(new Neo4jError("Illegal mode WRITE; the pool is closed to it", "N/A", "50N42", "")).code).toBe("INTERNAL_SERVER_ERROR");
  });
});

describe("classifyDriverError", () => {
  it.each([
    ["ServiceUnavailable", UnavailableError, "UNAVAILABLE"],
    ["SessionExpired", UnavailableError, "UNAVAILABLE"],
    ["ProtocolError", UnavailableError, "UNAVAILABLE"],
    ["Neo.TransientError.Transaction.DeadlockDetected", UnavailableError, "UNAVAILABLE"],
    ["Neo.ClientError.Transaction.TransactionTimedOut", TimeoutError, "TIMEOUT"],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", TimeoutError, "TIMEOUT"],
    ["Neo.ClientError.Transaction.InvalidBookmark", BadInputError, "BAD_USER_INPUT"],
    ["Neo.ClientError.Transaction.InvalidBookmarkMixture", BadInputError, "BAD_USER_INPUT"],
    ["Neo.ClientError.Schema.ConstraintValidationFailed", ConflictError, "CONFLICT"],
    ["Neo.ClientError.Statement.SyntaxError", InternalError, "INTERNAL_SERVER_ERROR"],
    ["Neo.ClientError.Database.DatabaseNotFound", InternalError, "INTERNAL_SERVER_ERROR"],
  ])("reads %s as %s", (code, type, stable) => {
    const cause = driverError(code);
    const typed = classifyDriverError(cause);
    expect(typed).toBeInstanceOf(type);
    expect(typed.code).toBe(stable);
    expect(typed.cause).toBe(cause);
  });

  it("goes by the code, not the message: a client error that mentions a connection is not an outage", () => {
    const typed = classifyDriverError(driverError("Neo.ClientError.Statement.SemanticError", "Cannot open a connection to the procedure: ECONNREFUSED, Pool is closed"));
    expect(typed.code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("keeps a message written for clients, with no Cypher and none of the driver's text", () => {
    const typed = classifyDriverError(
      driverError("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Entity` and property `id` = 'official:x'"),
    );
    expect(typed.message).not.toMatch(/Node\(12\)|official:x|Entity/);
  });

  it("passes a typed error thrown by the work inside a transaction through unchanged", () => {
    const thrown = new NotFoundError("fact", "fact:x");
    expect(classifyDriverError(thrown)).toBe(thrown);
  });

  it("types anything else as internal, keeping it as the cause", () => {
    const bug = new TypeError("x is undefined");
    const typed = classifyDriverError(bug);
    expect(typed).toBeInstanceOf(InternalError);
    expect(typed.cause).toBe(bug);
    expect(classifyDriverError("a string")).toBeInstanceOf(InternalError);
  });
});

describe("describeDriverError", () => {
  it("gives the driver's code and message, from the error or from the typed error that hides it", () => {
    const cause = driverError("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'nowhere'.");
    expect(describeDriverError(cause)).toBe("Neo.ClientError.Database.DatabaseNotFound: Database does not exist. Database name: 'nowhere'.");
    expect(describeDriverError(classifyDriverError(cause))).toBe("Neo.ClientError.Database.DatabaseNotFound: Database does not exist. Database name: 'nowhere'.");
  });

  it("gives any other error's own message, or that of the cause a typed error hides", () => {
    expect(describeDriverError(new AppError("BAD_USER_INPUT", "first must be at most 100"))).toBe("first must be at most 100");
    expect(describeDriverError(new InternalError(undefined, { cause: new TypeError("x is undefined") }))).toBe("x is undefined");
    expect(describeDriverError(new Error("Migration 0001 failed: statement 2: boom", { cause: driverError("N/A") }))).toBe("Migration 0001 failed: statement 2: boom");
  });
});
