import type { ReadContext } from "../read-context.js";
import { pageSize } from "../paging/page-size.js";
import { type EntityRow, entityKeys } from "../../graph/entity.row.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import { readAliases } from "../../graph/alias-records.js";
import { findEntities } from "./find-entities.js";
import { loadContexts } from "./load-contexts.js";
import { toLuceneQuery } from "./lucene-query.js";
import { matchedName } from "./matched-name.js";
import { searchTerms } from "./search-terms.js";

/** A hit as search hands it on, plus its page's shared context lookup, run only if some hit asks for `context`. */
export interface SearchHitValue {
  entity: EntityRow;
  score: number;
  matchedName: string | null;
  contextOf(): Promise<string>;
}

/**
 * A page of search hits. Input is checked before any query runs. With `entityFields` (the
 * fields selected on the hits' entities, when no context is asked for, and `aliases` when
 * the matched name is) the hits are read with only the properties those need; otherwise whole, and they prime the entity loader,
 * so selecting the hit's fields costs nothing more. The page's contexts are loaded
 * together, once, and only if a hit asks for one.
 */
export async function searchHits(
  ctx: ReadContext,
  args: { text: string; kinds?: readonly EntityKind[] | null; first?: number | null; entityFields?: ReadonlySet<string> | null },
): Promise<SearchHitValue[]> {
  const query = toLuceneQuery(args.text);
  const limit = pageSize(args.first, { defaultPageSize: ctx.config.limits.defaultPageSize, maxPageSize: ctx.config.limits.maxPageSize });
  const keys = args.entityFields ? entityKeys(args.entityFields) : null;
  const found = await findEntities(ctx, query, args.kinds?.length ? args.kinds : null, limit, keys);
  // Lean hits hold only the selected properties, so they are not offered to the by-id loader.
  if (!keys) for (const { entity } of found) ctx.loaders.entityById.prime(entity.id, entity);

  const terms = searchTerms(args.text);
  let contexts: Promise<Map<string, string>> | undefined;
  const pageContexts = () =>
    (contexts ??= loadContexts(
      ctx,
      found.map((f) => f.entity),
    ));
  return found.map(({ entity, score }) => ({
    entity,
    score,
    matchedName: matchedName(terms, [entity.name, ...readAliases(entity.aliasRecords).map((a) => a.name)]),
    contextOf: async () => (await pageContexts()).get(entity.id) ?? "",
  }));
}
