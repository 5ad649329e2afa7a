import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-codes.js";

/**
 * The one error type resolvers and repositories throw. It is a GraphQLError so that
 * Apollo passes its code and message through unchanged; anything else is masked.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, originalError?: Error) {
    super(message, { extensions: { code, ...details }, originalError });
    this.name = "AppError";
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const badInput = (message: string, details: Record<string, unknown> = {}) => new AppError(ErrorCode.BAD_USER_INPUT, message, details);

export const notFound = (what: string, id: string) => new AppError(ErrorCode.NOT_FOUND, `No ${what} has the id "${id}".`, { id });
