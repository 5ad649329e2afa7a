import { Neo4jError } from "neo4j-driver";
import { AppError } from "./app-error.js";
import { ErrorCode } from "./error-codes.js";

// ProtocolError: what the driver reports when a connection dies under a RESET, as when the server is killed.
const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "ProtocolError"]);

/**
 * The single place where database failures become client errors. The message a client
 * sees says what happened and what to do; the Cypher and the driver's text stay in the log.
 */
export function mapNeo4jError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const original = error instanceof Error ? error : undefined;
  if (error instanceof Neo4jError) {
    const code = error.code ?? "";
    if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|Pool is closed|connection/i.test(error.message) && !code.startsWith("Neo.")) {
      return new AppError(ErrorCode.UNAVAILABLE, "The graph database is unavailable. Try again shortly.", {}, original);
    }
    if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration") {
      return new AppError(ErrorCode.TIMEOUT, "The query took longer than the server allows. Narrow it (fewer hops, a smaller page) and try again.", {}, original);
    }
    if (code.startsWith("Neo.ClientError.Transaction.InvalidBookmark")) {
      return new AppError(ErrorCode.BAD_USER_INPUT, "The bookmark sent (X-Diplograph-Bookmark) is not one this database issued. Send the value a write returned, unchanged, or none.", {}, original);
    }
    if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return new AppError(ErrorCode.CONFLICT, "The change conflicts with data already in the graph (a uniqueness rule). Reload and try again.", {}, original);
    }
    if (code.startsWith("Neo.TransientError")) {
      return new AppError(ErrorCode.UNAVAILABLE, "The graph database is busy. Try again shortly.", {}, original);
    }
  }
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, "The server failed to answer this request.", {}, original);
}
