import type { Principal } from "../auth/credentials.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import { createLoaders, type Loaders } from "./loaders/loaders.js";
import type { Executor } from "../neo4j/executor.js";

/** Per request: a counting executor and fresh loaders, so no cache outlives the request that filled it. */
export interface Context {
  executor: Executor;
  loaders: Loaders;
  config: Config;
  logger: Logger;
  principal: Principal;
}

export const ANONYMOUS: Principal = { role: "anonymous", name: null };

export function createContext(root: Executor, config: Config, logger: Logger, principal: Principal = ANONYMOUS, bookmarks: readonly string[] = []): Context {
  const executor = root.forRequest(logger, bookmarks);
  return { executor, loaders: createLoaders(executor), config, logger, principal };
}
