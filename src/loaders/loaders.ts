import type { Executor } from "../neo4j/executor.js";

/** Every relationship field resolves through one of these, created anew for each request. */
export function createLoaders(_executor: Executor) {
  return {};
}

export type Loaders = ReturnType<typeof createLoaders>;
