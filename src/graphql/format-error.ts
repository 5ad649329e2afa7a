import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../errors/error-codes.js";
import { rewordLimit } from "./limit-message.js";

/** Codes whose messages were written for clients; everything else is masked. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * graphql-js's guesses at what a client meant: "Did you mean "x"?", "Did you mean "x" or
 * "y"?" and "Did you mean the enum value "X"?". Each names schema members the client did
 * not ask for, so they map the schema for anyone probing it.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, "").trim();
}

/**
 * Clients see coded messages written for them, never a stack trace, Cypher or a driver
 * message; the original error is logged by the caller. Suggestions are removed unless
 * the operator asked for them (GRAPHQL_SUGGESTIONS), in every mode.
 */
export function formatError(formatted: GraphQLFormattedError, options: { suggestions?: boolean } = {}): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (CLIENT_CODES.has(code)) {
    const limit = rewordLimit(formatted.message);
    if (limit) return { ...formatted, message: limit.message, extensions: { ...extensions, code, limit: limit.limit, found: limit.found } };
    const message = options.suggestions ? formatted.message : withoutSuggestions(formatted.message);
    return { ...formatted, message, extensions: { ...extensions, code } };
  }
  return { message: "The server failed to answer this request.", locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
