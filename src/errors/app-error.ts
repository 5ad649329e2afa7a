import { ErrorCode } from "./error-codes.js";

/** What a client is told when the server itself failed: the cause stays in the log. */
export const INTERNAL_SERVER_MESSAGE = "The server failed to answer this request.";

/**
 * The errors every layer throws for a failure a client should hear about, each with a
 * stable code. They are plain errors: which transport carries them, and how, is decided
 * once at the GraphQL boundary (src/graphql/client-error.ts), so a service or a query
 * never depends on GraphQL. `details` are facts a client may branch on (the argument at
 * fault, a limit); `cause` is for the log and never reaches a client.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The client asked for something malformed or out of bounds; `details.argument` names what to fix. */
export class BadInputError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}, options?: ErrorOptions) {
    super(ErrorCode.BAD_USER_INPUT, message, details, options);
  }
}

/** No `what` has the id asked for. */
export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `No ${what} has the id "${id}".`, { id });
  }
}

/** No credential, or one that is not valid. */
export class UnauthenticatedError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.UNAUTHENTICATED, message, {}, options);
  }
}

/** A valid credential that may not do this. */
export class ForbiddenError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.FORBIDDEN, message, {}, options);
  }
}

/** The change collides with data already stored; reloading and retrying may succeed. */
export class ConflictError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.CONFLICT, message, {}, options);
  }
}

/** A dependency (the database) cannot answer now; the same request may succeed shortly. */
export class UnavailableError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.UNAVAILABLE, message, {}, options);
  }
}

/** The work outran its time limit; a narrower request may succeed. */
export class TimeoutError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.TIMEOUT, message, {}, options);
  }
}

/**
 * A failure that is the server's own. Its message is the one clients get; what went
 * wrong is in `cause`, for the log.
 */
export class InternalError extends AppError {
  constructor(message = INTERNAL_SERVER_MESSAGE, options?: ErrorOptions) {
    super(ErrorCode.INTERNAL_SERVER_ERROR, message, {}, options);
  }
}
