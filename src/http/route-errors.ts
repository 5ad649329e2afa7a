import type { Response } from "express";
import { ErrorCode } from "../errors/error-codes.js";
import { httpStatusOf, toClientError } from "../graphql/client-error.js";
import { formatError } from "../graphql/format-error.js";
import type { Logger } from "../logging/logger.js";

/**
 * Answers a failed non-GraphQL request the way /graphql answers: `{ errors: [{ message,
 * extensions: { code } }] }`, with the code's HTTP status, and no stack or Cypher. An
 * unexpected error is logged and masked.
 */
export function sendRouteError(res: Response, error: unknown, logger: Logger): void {
  const formatted = formatError(toClientError(error).toJSON());
  const code = String(formatted.extensions?.code);
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) logger.error({ err: error }, "unexpected error in a request");
  const { http: _http, ...extensions } = formatted.extensions ?? {};
  res.status(httpStatusOf(code)).json({ errors: [{ message: formatted.message, extensions }] });
}
