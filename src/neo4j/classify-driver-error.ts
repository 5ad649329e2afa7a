import { error as driverCodes, Neo4jError } from "neo4j-driver";
import { AppError, BadInputError, ConflictError, InternalError, TimeoutError, UnavailableError } from "../errors/app-error.js";

/**
 * The driver's own codes for losing the database: it cannot connect (refused, timed out,
 * closed by the server), the routing table has no member for the work, or the connection
 * spoke nonsense. Each means "not now", never "this request is wrong".
 */
const UNAVAILABLE = new Set<string>([driverCodes.SERVICE_UNAVAILABLE, driverCodes.SESSION_EXPIRED, driverCodes.PROTOCOL_ERROR]);

/**
 * Two failures the driver reports with no code of its own (its placeholder "N/A", the generic
 * GQL status 50N42, not retryable), so that nothing but the message tells them apart from any
 * other uncoded driver error. neo4j-driver-core's connection pool (internal/pool/pool.js)
 * writes both, each from one fixed sentence, and they are matched here by its opening words,
 * and only on an uncoded error:
 *
 * - the pool was closed (the driver closed during shutdown while a request was still
 *   finishing): this replica cannot serve, another can, or this one once restarted;
 * - no connection came free within the acquisition timeout: every connection is in use, so
 *   this is load, not an outage (which is why the outage probe, reading codes only, never
 *   counts it), and the same request may succeed a moment later.
 *
 * If a driver version rewords them they fall back to INTERNAL_SERVER_ERROR; the tests build
 * both errors with the real driver, so they would say so.
 */
const UNCODED = "N/A";
const POOL_CLOSED = "Pool is closed,";
const POOL_EXHAUSTED = "Connection acquisition timed out in ";

const TIMED_OUT = new Set(["Neo.ClientError.Transaction.TransactionTimedOut", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"]);

/**
 * The single place a database failure becomes a typed error, read from the driver's
 * error code (save the two uncoded pool failures above): a message is prose that changes between versions and
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
  if (code === UNCODED) return classifyUncoded(error as Neo4jError, options);
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

/** An uncoded driver error: the two pool failures above by their opening words, anything else internal. */
function classifyUncoded(error: Neo4jError, options: ErrorOptions | undefined): AppError {
  if (error.message.startsWith(POOL_CLOSED)) return new UnavailableError("The server is shutting down. Try again shortly.", options);
  if (error.message.startsWith(POOL_EXHAUSTED)) {
    return new UnavailableError("The server is busy: every connection to the graph database is in use. Try again shortly.", options);
  }
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
