import type { Response } from "express";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors/error-codes.js";
import { formatError } from "../graphql/format-error.js";
import type { Logger } from "../logging/logger.js";

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

/**
 * Answers a failed non-GraphQL request the way /graphql answers: `{ errors: [{ message,
 * extensions: { code } }] }`, with the code's HTTP status, and no stack or Cypher. An
 * unexpected error is logged and masked.
 */
export function sendRouteError(res: Response, error: unknown, logger: Logger): void {
  const graphqlError = error instanceof GraphQLError ? error : new GraphQLError("unexpected", { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  const formatted = formatError(graphqlError.toJSON());
  const code = String(formatted.extensions?.code);
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) logger.error({ err: error }, "unexpected error in a request");
  const { http: _http, ...extensions } = formatted.extensions ?? {};
  res.status(STATUS[code] ?? 500).json({ errors: [{ message: formatted.message, extensions }] });
}
