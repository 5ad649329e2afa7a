import type { MiddlewareFn } from "type-graphql";
import { ForbiddenError, UnauthenticatedError } from "../errors/app-error.js";
import type { Context } from "./context.js";

/** Every mutation needs an editor credential; the check runs before the resolver, so before any Cypher. */
export const RequireEditor: MiddlewareFn<Context> = async ({ context }, next) => {
  const { role } = context.principal;
  if (role === "anonymous") {
    throw new UnauthenticatedError("Changing the graph needs an editor credential. Send it as `Authorization: Bearer <key>` or `X-API-Key: <key>`.");
  }
  if (role !== "editor") throw new ForbiddenError("Your credential may read the graph but not change it: this needs an editor credential.");
  return next();
};
