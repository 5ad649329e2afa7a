import { BadInputError } from "../../errors/app-error.js";
import type { ReadContext } from "../read-context.js";
import type { Page } from "../paging/page.js";
import { type CursorKey, decodeCursor, encodeCursor } from "../paging/cursor.js";
import { pageSize } from "../paging/page-size.js";
import { type ListName, type ListOrder, type ListResult, listQuery } from "../../graph/list.queries.js";
import type { ArticleRow } from "../../graph/article.row.js";
import { type EntityRow, entityKeys, fromProjected, type ProjectedEntity } from "../../graph/entity.row.js";
import type { FilterParams } from "./filter-values.js";

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
 * One statement, one round trip: the page (one item more than asked, to learn whether
 * another follows) and, when asked for, the total. The items prime the by-id loaders, so a field that
 * later loads one of them by id costs nothing.
 */
export async function listPage<T extends EntityRow | ArticleRow>(ctx: ReadContext, list: ListName, filter: FilterParams, args: ListArgs): Promise<Page<T>> {
  const size = pageSize(args.first, ctx.config.limits, "first");
  const scope = `${list}:${args.order}`;
  const after = readCursor(args.after, scope);
  const keys = list !== "articles" && args.fields ? entityKeys(args.fields) : null;
  const query = listQuery(list, args.order, Object.keys(filter), after !== null, keys !== null, args.count ?? true);
  const [result] = await ctx.executor.read<ListResult<T>>(query, { filter, after, limit: size + 1, keys });
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
