import type { Principal } from "../auth/credentials.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import { createLoaders, type Loaders } from "./loaders/loaders.js";
import type { Executor } from "../neo4j/executor.js";

/**
 * The two media types a GraphQL answer is sent in: the client's Accept header chooses, and
 * the choice decides the status of a request error (see request-error-status.plugin.ts).
 */
export const MediaType = {
  JSON: "application/json",
  GRAPHQL_RESPONSE_JSON: "application/graphql-response+json",
} as const;
export type MediaType = (typeof MediaType)[keyof typeof MediaType];

/** Per request: a counting executor and fresh loaders, so no cache outlives the request that filled it. */
export interface Context {
  executor: Executor;
  loaders: Loaders;
  config: Config;
  logger: Logger;
  principal: Principal;
  /** What the answer is sent as; null outside HTTP, or when the client accepts neither (Apollo then refuses it, 406). */
  answersAs: MediaType | null;
}

export const ANONYMOUS: Principal = { role: "anonymous", name: null };

export function createContext(
  root: Executor,
  config: Config,
  logger: Logger,
  principal: Principal = ANONYMOUS,
  bookmarks: readonly string[] = [],
  answersAs: MediaType | null = null,
): Context {
  const executor = root.forRequest(logger, bookmarks);
  return { executor, loaders: createLoaders(executor), config, logger, principal, answersAs };
}
