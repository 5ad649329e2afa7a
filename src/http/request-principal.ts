import { GraphQLError } from "graphql";
import type { Config } from "../config/config.js";
import { ErrorCode } from "../errors/error-codes.js";
import { identify, type Principal, presentedKey } from "../auth/credentials.js";

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });

/**
 * Decides who is asking before any resolver runs, so a refused request costs no database
 * work. A wrong key is refused even where reads are open: a typo should not silently
 * demote an editor to an anonymous reader.
 */
export function requestPrincipal(headers: { get(name: string): string | undefined | null }, config: Config): Principal {
  const principal = identify(presentedKey(headers), config.auth);
  if (principal === "invalid") throw unauthenticated("The credential sent is not valid. Send a configured key as `Authorization: Bearer <key>` or `X-API-Key: <key>`.");
  if (principal.role === "anonymous" && !config.auth.readsOpen) {
    throw unauthenticated("This server needs a credential to read. Send a reader or editor key as `Authorization: Bearer <key>` or `X-API-Key: <key>`.");
  }
  return principal;
}
