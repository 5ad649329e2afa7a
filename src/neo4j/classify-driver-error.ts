import { error as driverCodes, Neo4jError } from "neo4j-driver";
import { AppError, BadInputError, ConflictError, InternalError, TimeoutError, UnavailableError } from "../errors/app-error.js";

/**
 * The driver's own codes for losing the database: it cannot connect (refused, timed out,
 * closed by the server), the routing table has no member for the work, or the connection
 * spoke nonsense. Each means "not now", never "this request is wrong".
 */
const UNAVAILABLE = new Set<string>([driverCodes.SERVICE_UNAVAILABLE, driverCodes.SESSION_EXPIRED, driverCodes.PROTOCOL_ERROR]);

const TIMED_OUT = new Set(["Neo.ClientError.Transaction.TransactionTimedOut", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"]);

/**
 * The single place a database failure becomes a typed error, read from the driver's
 * error code and nothing else: a message is prose that changes between versions and
 * mentions "connection" for reasons of its own. The message each error carries is
 * written for clients (what happened, what to do); the driver's error stays as the
 * `cause`, for the log (see describeDriverError). An AppError thrown by the work inside a
 * transaction passes through unchanged.
 */
export function classifyDriverError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const options = error instanceof Error ? { cause: error } : undefined;
  const code = error instanceof Neo4jError ? error.code : undefined;
  if (code === undefined) return new InternalError(undefined, options);
  if (UNAVAILABLE.has(code)) return new UnavailableError("The graph database is unavailable. Try again shortly.", options);
  if (TIMED_OUT.has(code)) {
    return new TimeoutError("The query took longer than the server allows. Narrow it (fewer hops, a smaller page) and try again.", options);
  }
  if (code.startsWith("Neo.ClientError.Transaction.InvalidBookmark")) {
    return new BadInputError("The bookmark sent (X-Diplograph-Bookmark) is not one this database issued. Send the value a write returned, unchanged, or none.", {}, options);
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new ConflictError("The change conflicts with data already in the graph (a uniqueness rule). Reload and try again.", options);
  }
  if (code.startsWith("Neo.TransientError.")) return new UnavailableError("The graph database is busy. Try again shortly.", options);
  return new InternalError(undefined, options);
}

/**
 * "<code>: <message>" of the driver error behind `error` (itself, or the cause a typed
 * error keeps), for logs, the CLI and migration failures: what an operator needs to act
 * on, which a client never sees. Any other error gives its own message, or that of the
 * cause a typed error hides.
 */
export function describeDriverError(error: unknown): string {
  let current = error;
  while (current instanceof AppError && current.cause !== undefined) current = current.cause;
  if (current instanceof Neo4jError) return `${current.code}: ${current.message}`;
  return current instanceof Error ? current.message : String(current);
}
