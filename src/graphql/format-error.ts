import type { GraphQLFormattedError } from "graphql";
import { INTERNAL_SERVER_MESSAGE } from "../errors/app-error.js";
import { ErrorCode } from "../errors/error-codes.js";
import { isClientCode } from "./client-error.js";
import { rewordLimit } from "./limit-message.js";

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
 * message; the original error is logged by the caller. (An AppError thrown in a resolver
 * gets its code from withClientCode, in client-error.ts, before it comes here.)
 * Suggestions are removed unless the operator asked for them (GRAPHQL_SUGGESTIONS), in
 * every mode.
 */
export function formatError(formatted: GraphQLFormattedError, options: { suggestions?: boolean } = {}): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (isClientCode(code)) {
    const limit = rewordLimit(formatted.message);
    if (limit) return { ...formatted, message: limit.message, extensions: { ...extensions, code, limit: limit.limit, found: limit.found } };
    const message = options.suggestions ? formatted.message : withoutSuggestions(formatted.message);
    return { ...formatted, message, extensions: { ...extensions, code } };
  }
  return { message: INTERNAL_SERVER_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
