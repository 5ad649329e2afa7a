import type DataLoader from "dataloader";
import type { Config } from "../config/config.js";
import type { ArticleRow } from "../graph/article.row.js";
import type { EntityRow } from "../graph/entity.row.js";
import type { RelationKey, RelationRow } from "../graph/relation.row.js";
import type { Executor } from "../neo4j/executor.js";

/**
 * The per-request loaders the services read through. The GraphQL context creates them
 * (one set per request); the services name only the ones they use, so sharing a request's
 * batches with the resolvers needs no import of the layer above.
 */
export interface ReadLoaders {
  entityById: DataLoader<string, EntityRow | null>;
  articleById: DataLoader<string, ArticleRow | null>;
  relationsByEntity: DataLoader<RelationKey, RelationRow[], string>;
  relationByFact: DataLoader<string, RelationRow | null>;
}

/** What a read service needs from a request: its counting executor, its loaders and the configuration. */
export interface ReadContext {
  executor: Executor;
  loaders: ReadLoaders;
  config: Config;
}
