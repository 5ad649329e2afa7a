import type { Executor } from "../../neo4j/executor.js";
import { articleByIdLoader } from "./article-by-id.loader.js";
import { correctionsByFactLoader } from "./corrections-by-fact.loader.js";
import { counterpartsLoader } from "./counterparts.loader.js";
import { entityByIdLoader } from "./entity-by-id.loader.js";
import { entityFieldsLoader } from "./entity-fields.loader.js";
import { evidenceByArticleLoader, evidenceByFactLoader } from "./evidence-by-fact.loader.js";
import { mentionsByArticleLoader, mentionsByEntityLoader } from "./mentions.loader.js";
import { neighbourhoodLoader } from "./neighbourhood.loader.js";
import { qualifiersByFactLoader } from "./qualifiers-by-fact.loader.js";
import { relationByFactLoader } from "./relation-by-fact.loader.js";
import { relationsByEntityLoader } from "./relations-by-entity.loader.js";
import { revisionsByArticleLoader } from "./revisions-by-article.loader.js";
import { sourceByArticleLoader } from "./source-by-article.loader.js";
import { timelineLoader } from "./timeline.loader.js";

/**
 * Every relationship field resolves through one of these, created anew for each request:
 * a request's lists cost one query per level of the query, never one per item.
 */
export function createLoaders(executor: Executor) {
  return {
    entityById: entityByIdLoader(executor),
    entityFields: entityFieldsLoader(executor),
    articleById: articleByIdLoader(executor),
    relationsByEntity: relationsByEntityLoader(executor),
    relationByFact: relationByFactLoader(executor),
    evidenceByFact: evidenceByFactLoader(executor),
    qualifiersByFact: qualifiersByFactLoader(executor),
    correctionsByFact: correctionsByFactLoader(executor),
    revisionsByArticle: revisionsByArticleLoader(executor),
    sourceByArticle: sourceByArticleLoader(executor),
    evidenceByArticle: evidenceByArticleLoader(executor),
    mentionsByEntity: mentionsByEntityLoader(executor),
    mentionsByArticle: mentionsByArticleLoader(executor),
    counterparts: counterpartsLoader(executor),
    neighbourhood: neighbourhoodLoader(executor),
    timeline: timelineLoader(executor),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
