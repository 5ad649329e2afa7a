import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { INTERNAL_SERVER_MESSAGE } from "../errors/app-error.js";
import { ErrorCode } from "../errors/error-codes.js";
import { appErrorOf } from "../graphql/client-error.js";
import { readRequestId, REQUEST_ID_HEADER } from "../graphql/request-id.js";
import type { Logger } from "../logging/logger.js";
import { sendRouteError } from "./route-errors.js";

/** Body-parser's failures, by its `type`, as codes a client can branch on; none is the server's fault. */
const BODY_ERRORS: Record<string, { code: string; message: string }> = {
  "entity.parse.failed": { code: "BAD_REQUEST", message: "The request body is not valid JSON." },
  "entity.too.large": { code: ErrorCode.PAYLOAD_TOO_LARGE, message: "The request body is larger than this server accepts." },
  "encoding.unsupported": { code: "BAD_REQUEST", message: "The request body's character set is not supported; send UTF-8." },
  "charset.unsupported": { code: "BAD_REQUEST", message: "The request body's character set is not supported; send UTF-8." },
  "request.aborted": { code: "BAD_REQUEST", message: "The request was aborted before its body arrived." },
  "request.size.invalid": { code: "BAD_REQUEST", message: "The request body's length does not match its Content-Length." },
  "stream.encoding.set": { code: "BAD_REQUEST", message: "The request body could not be read." },
};

/** A GraphQL-shaped error body, so every client reads refusals the same way, whatever refused them. */
export function sendGraphqlError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res
    .status(status)
    .type("application/json")
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

/**
 * The last handler: whatever Express or a middleware failed with becomes a JSON GraphQL
 * error with a code, never Express's HTML page (which shows a stack trace and the
 * server's file paths outside production). A typed error answers as a route's does; a
 * client's mistake is a 4xx with one log line; anything else is a masked 500, logged in full.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (appErrorOf(error)) {
      sendRouteError(res, error, logger);
      return;
    }
    const e = (error ?? {}) as { status?: unknown; statusCode?: unknown; type?: unknown; expose?: unknown };
    const status = typeof e.status === "number" ? e.status : typeof e.statusCode === "number" ? e.statusCode : 500;
    const known = typeof e.type === "string" ? BODY_ERRORS[e.type] : undefined;
    if (status >= 400 && status < 500) {
      const { code, message } = known ?? { code: "BAD_REQUEST", message: "The request could not be read." };
      logger.info({ method: req.method, path: req.path, status, code, requestId: readRequestId(req.get(REQUEST_ID_HEADER)) }, "http request refused");
      sendGraphqlError(res, status, code, message);
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, "unexpected error in an HTTP request");
    sendGraphqlError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_SERVER_MESSAGE);
  };
}

/** Paths the server does not serve get a JSON 404 rather than Express's HTML page. */
export function notFoundHandler(): RequestHandler {
  return (_req, res) => {
    sendGraphqlError(res, 404, ErrorCode.NOT_FOUND, "Nothing is served at this path. Queries go to /graphql; GraphiQL is at /graphiql.");
  };
}
