import { encodeCursor, type CursorKey } from "../../graphql/pagination/cursor.js";
import type { Page } from "../../graphql/pagination/connection.type.js";
import type { Executor } from "../../neo4j/executor.js";
import { COUNTRIES_COUNT, COUNTRIES_PAGE } from "../../queries/country.queries.js";
import type { Country } from "./country.type.js";

export async function countriesPage(executor: Executor, args: { first: number; after: CursorKey | null }): Promise<Page<Country>> {
  return executor.readTransaction(async (tx) => {
    const rows = await tx.run<{ country: Country }>(COUNTRIES_PAGE, { after: args.after, limit: args.first + 1 });
    const [{ total } = { total: 0 }] = await tx.run<{ total: number }>(COUNTRIES_COUNT);
    const nodes = rows.slice(0, args.first).map((r) => r.country);
    const last = nodes.at(-1);
    return {
      totalCount: total,
      nodes,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor({ sort: last.sortName, id: last.id }) : null },
    };
  });
}
