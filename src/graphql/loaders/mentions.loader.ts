import type { MentionRow } from "../relation/mention.type.js";
import type { Executor } from "../../neo4j/executor.js";
import { MENTIONS_BY_ARTICLE, MENTIONS_BY_ENTITY } from "../../graph/entity.queries.js";
import { listPerIdLoader } from "./per-id.loader.js";

const MENTION_LIMIT = 200;

export const mentionsByEntityLoader = (executor: Executor) => listPerIdLoader<MentionRow>(executor, MENTIONS_BY_ENTITY, "mentions", MENTION_LIMIT);

export const mentionsByArticleLoader = (executor: Executor) => listPerIdLoader<MentionRow>(executor, MENTIONS_BY_ARTICLE, "mentions", MENTION_LIMIT);
