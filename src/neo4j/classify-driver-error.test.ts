import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { AppError, BadInputError, ConflictError, InternalError, NotFoundError, TimeoutError, UnavailableError } from "../errors/app-error.js";
import { classifyDriverError, describeDriverError } from "./classify-driver-error.js";

/** A driver error as the driver builds one: a message, a code, and a GQL status nobody here reads. */
const driverError = (code: string, message = "it failed") => new Neo4jError(message, code, "50N42", "error: general processing exception");

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
