import { BadInputError } from "../../errors/app-error.js";
import type { ReadContext } from "../read-context.js";
import type { Page } from "../paging/page.js";
import { type CursorKey, decodeCursor, encodeCursor } from "../paging/cursor.js";
import { pageSize } from "../paging/page-size.js";
import { type ListName, type ListOrder, type ListResult, listQuery, type RelatedListRecord } from "../../graph/list.queries.js";
import type { ArticleRow } from "../../graph/article.row.js";
import { type EntityRow, entityKeys, fromProjected, type ProjectedEntity } from "../../graph/entity.row.js";
import type { FilterParams } from "./filter-values.js";
import type { RelationTemplate } from "../../graph/relation.row.js";
import { countriesById, type RelationBatch, relationBatch, relationRows } from "../../graph/relation-batch.js";
import type { CypherQuery } from "../../neo4j/cypher-query.js";

export interface ListArgs {
  order: ListOrder;
  first?: number | null;
  after?: string | null;
  /** The entity fields the client selected on the list's nodes: only their properties are read. */
  fields?: ReadonlySet<string>;
  /**
   * Whether to count the matches across all pages. Counting walks the whole filtered set
   * again, so a caller that does not show the total (the client did not select `totalCount`)
   * passes false and the page's totalCount is null.
   */
  count?: boolean;
  /**
   * The relations the items' fields will ask the relations loader for, as its keys but for
   * the item's id (the same for every item of the page): the page's statement brings them
   * for each item, and primes the loader with them, so those fields cost no statement.
   */
  relations?: readonly RelationTemplate[];
}

/** Every list sorts on a string (a folded name, a title or an ISO day), or on nothing when the key is unknown. */
function readCursor(after: string | null | undefined, scope: string): CursorKey | null {
  if (after === null || after === undefined) return null;
  const key = decodeCursor(after, scope, "after");
  if (typeof key.sort === "number")
    throw new BadInputError(`"after" is not a cursor this list issued: pass the endCursor of a previous page of the same list.`, { argument: "after" });
  return key;
}

/**
 * A page whose statement brings its items' relations (one record per item): primes the
 * relations loader with each item's, under the key its field will ask for (the template
 * with the item's id), and gives the page as a plain list statement would.
 */
async function readWithRelations<T>(
  ctx: ReadContext,
  query: CypherQuery,
  params: Record<string, unknown>,
  size: number,
  templates: readonly RelationTemplate[],
  batch: RelationBatch,
): Promise<ListResult<T>> {
  const records = await ctx.executor.read<RelatedListRecord<T>>(query, {
    ...params,
    relationTemplates: batch.params,
    relationsFor: size,
    cap: batch.cap,
    countryKeys: batch.countryKeys,
  });
  const countries = countriesById(records[0]?.countries);
  const rows = records.flatMap(({ row }) => (row ? [row] : []));
  // A template that found nothing has no entry (as a key does in the loader's batch): its answer is no relations.
  for (const { id, related } of rows.slice(0, size)) {
    const found = new Map(related.map((r) => [r.index, r.relations]));
    templates.forEach((template, index) => {
      const key = { ...template, id };
      ctx.loaders.relationsByEntity.prime(key, relationRows(key, found.get(index) ?? [], countries, batch.countryKeys));
    });
  }
  return { totalCount: records[0]?.totalCount ?? null, rows };
}

/**
 * One statement, one round trip: the page (one item more than asked, to learn whether
 * another follows), when asked for the total, and the relations the items' fields will ask
 * for. The items prime the by-id loaders, so a field that later loads one of them by id
 * costs nothing; their relations prime the relations loader under the keys those fields
 * will ask it for, so the first level of relations below a list costs nothing either.
 */
export async function listPage<T extends EntityRow | ArticleRow>(ctx: ReadContext, list: ListName, filter: FilterParams, args: ListArgs): Promise<Page<T>> {
  const size = pageSize(args.first, ctx.config.limits, "first");
  const scope = `${list}:${args.order}`;
  const after = readCursor(args.after, scope);
  const keys = list !== "articles" && args.fields ? entityKeys(args.fields) : null;
  const templates = args.relations ?? [];
  const batch = templates.length ? relationBatch(templates) : null;
  const query = listQuery(list, args.order, Object.keys(filter), after !== null, keys !== null, args.count ?? true, batch?.shapes);
  const params = { filter, after, limit: size + 1, keys };
  const result = batch ? await readWithRelations<T>(ctx, query, params, size, templates, batch) : (await ctx.executor.read<ListResult<T>>(query, params))[0];
  const rows = result?.rows ?? [];
  const page = rows.slice(0, size);
  if (keys) {
    // Lean items hold only the selected properties, so they are not offered to the by-id loader.
    for (const row of page) row.item = fromProjected(row.item as unknown as ProjectedEntity, keys) as T;
  } else {
    for (const { id, item } of page) {
      if (list === "articles") ctx.loaders.articleById.prime(id, item as ArticleRow);
      else ctx.loaders.entityById.prime(id, item as EntityRow);
    }
  }
  const last = page.at(-1);
  return {
    totalCount: args.count === false ? null : (result?.totalCount ?? 0),
    pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor({ scope, sort: last.sort, id: last.id }) : null },
    nodes: page.map((r) => r.item),
  };
}
