import DataLoader from "dataloader";
import type { MentionRow } from "../relation/mention.type.js";
import type { Executor } from "../../neo4j/executor.js";
import { MENTIONS_BY_ARTICLE, MENTIONS_BY_ENTITY } from "../../graph/entity.queries.js";
import { inKeyOrder } from "./in-key-order.js";

const MENTION_LIMIT = 200;

export function mentionsByEntityLoader(executor: Executor) {
  return new DataLoader<string, MentionRow[]>(async (ids) => {
    const rows = await executor.read<{ id: string; mentions: MentionRow[] }>(MENTIONS_BY_ENTITY, { ids, limit: MENTION_LIMIT });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.id,
      (r) => r.mentions,
      () => [],
    );
  });
}

export function mentionsByArticleLoader(executor: Executor) {
  return new DataLoader<string, MentionRow[]>(async (ids) => {
    const rows = await executor.read<{ id: string; mentions: MentionRow[] }>(MENTIONS_BY_ARTICLE, { ids, limit: MENTION_LIMIT });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.id,
      (r) => r.mentions,
      () => [],
    );
  });
}
