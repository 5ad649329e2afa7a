import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { AppError, INTERNAL_SERVER_MESSAGE } from "../errors/app-error.js";
import { ErrorCode } from "../errors/error-codes.js";

/**
 * The one place a typed error becomes what a client reads: Apollo's formatError, the
 * request log and the HTTP routes all go through here, so a code means the same thing,
 * with the same HTTP status, whichever door the request came in by.
 */

/** Codes whose messages were written for clients; any other error is masked. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export const isClientCode = (code: unknown): code is string => typeof code === "string" && CLIENT_CODES.has(code);

const HTTP_STATUS: Readonly<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

/** The HTTP status a code answers with where the whole response is the refusal. */
export const httpStatusOf = (code: string): number => HTTP_STATUS[code] ?? 500;

/** The AppError behind `error`: itself, or the one graphql-js or Apollo wrapped on its way out of a resolver or plugin. */
export function appErrorOf(error: unknown): AppError | undefined {
  for (let current = error, depth = 0; depth < 4; depth += 1) {
    if (current instanceof AppError) return current;
    if (!(current instanceof GraphQLError) || !current.originalError) return undefined;
    current = current.originalError;
  }
  return undefined;
}

/** Its message, its code and the details a client may branch on; never its cause. */
const shown = (error: AppError) => ({ message: error.message, extensions: { ...error.details, code: error.code } });

/**
 * The GraphQL error a client gets for `error`. An AppError keeps its message, code and
 * details; a coded GraphQLError passes as it is; anything else becomes
 * INTERNAL_SERVER_ERROR, the original kept only as `originalError`, for the log.
 * `httpStatus` gives the response the code's status, for refusals raised before
 * execution (a credential, a header, the cost), where Apollo reads it from the error.
 */
export function toClientError(error: unknown, options: { httpStatus?: boolean } = {}): GraphQLError {
  const app = appErrorOf(error);
  if (app) {
    const { message, extensions } = shown(app);
    return new GraphQLError(message, { originalError: app, extensions: { ...extensions, ...(options.httpStatus ? { http: { status: httpStatusOf(app.code) } } : {}) } });
  }
  if (error instanceof GraphQLError && typeof error.extensions.code === "string") return error;
  return new GraphQLError(INTERNAL_SERVER_MESSAGE, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR }, ...(error instanceof Error ? { originalError: error } : {}) });
}

/**
 * A resolver's AppError reaches Apollo's formatError wrapped by graphql-js, with no code
 * of its own: this gives the formatted error the AppError's message, code and details,
 * keeping its locations and path. Other errors are left as they are, for formatError.
 */
export function withClientCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const app = appErrorOf(error);
  return app ? { ...formatted, ...shown(app) } : formatted;
}

/** The code a client receives for `error`, as the request log records it. */
export function clientCodeOf(error: unknown): string {
  const code = appErrorOf(error)?.code ?? (error instanceof GraphQLError ? error.extensions.code : undefined);
  return isClientCode(code) ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}
