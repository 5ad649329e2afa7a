import type { Config } from "../config/config.js";
import { UnauthenticatedError } from "../errors/app-error.js";
import { toClientError } from "../graphql/client-error.js";
import { identify, type Principal, presentedKey } from "../auth/credentials.js";

/** Refused while the context is built, before execution: Apollo takes the response's status from the error. */
const unauthenticated = (message: string) => toClientError(new UnauthenticatedError(message), { httpStatus: true });

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
