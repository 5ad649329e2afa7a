import { BadInputError } from "../../errors/app-error.js";
import type { Executor } from "../../neo4j/executor.js";
import { COUNT_SPECS, type CountDimension, type CountOrder, type CountResult, type CountSubject, countQuery, dimensionsOf, type YearCertainty } from "../../graph/count.queries.js";
import type { ListName } from "../../graph/list.queries.js";
import type { FilterParams } from "../lists/filter-values.js";

/** One group: a key per dimension (null where the items have none), its count and its first ids. */
export interface CountBucketFound {
  keys: ({ dimension: CountDimension; value: string; name: string } | null)[];
  count: number;
  ids: string[];
}

/** Counts of a filtered set, grouped. */
export interface CountsFound {
  of: CountSubject;
  by: CountDimension[];
  total: number;
  buckets: CountBucketFound[];
  truncated: boolean;
}

/** The most groups one answer returns: two dimensions of a few hundred values each stay well inside. */
export const MAX_COUNT_BUCKETS = 1000;
export const DEFAULT_COUNT_BUCKETS = 100;

export interface CountArgs {
  of: CountSubject;
  by: readonly CountDimension[];
  years: YearCertainty;
  order: CountOrder;
  /** At most this many groups. */
  first: number;
  /** Ids listed per group. */
  ids: number;
  /** The filtered set, as one list's filter: the list and its values; null for the subject's default list, unfiltered. */
  filter: { list: ListName; params: FilterParams } | null;
}

/** Checks what the query text cannot: one or two distinct dimensions, each one the subject has, and a list it is counted over. */
function checked(args: CountArgs): { list: ListName | null; params: FilterParams } {
  const spec = COUNT_SPECS[args.of];
  if (args.by.length < 1 || args.by.length > 2 || new Set(args.by).size !== args.by.length) {
    throw new BadInputError(`"by" takes one or two different dimensions; got [${args.by.join(", ")}].`, { argument: "by" });
  }
  const missing = args.by.filter((d) => !spec.keys[d]);
  if (missing.length) {
    throw new BadInputError(`${args.of} cannot be grouped by ${missing.join(", ")}; they can be grouped by ${dimensionsOf(args.of).join(", ")}.`, { argument: "by" });
  }
  const filter = args.filter ?? { list: null, params: {} };
  if (filter.list !== null && !spec.lists.includes(filter.list)) {
    throw new BadInputError(`${args.of} are counted over ${spec.lists.join(", ")}; a "${filter.list}" filter does not apply to them.`, { argument: filter.list });
  }
  return filter;
}

/** One statement: the filtered set's total and its groups, over the same set the list of the same filter pages through. */
export async function countGroups(executor: Executor, args: CountArgs): Promise<CountsFound> {
  const { list, params } = checked(args);
  const query = countQuery(args.of, list, Object.keys(params), args.by, args.years, args.order);
  const [result] = await executor.read<CountResult>(query, { filter: params, limit: args.first + 1, ids: args.ids });
  const buckets = result?.buckets ?? [];
  return {
    of: args.of,
    by: [...args.by],
    total: result?.total ?? 0,
    truncated: buckets.length > args.first,
    buckets: buckets.slice(0, args.first).map((b) => ({
      count: b.count,
      ids: b.ids,
      keys: b.keys.map((key, i) => (key ? { dimension: args.by[i]!, value: key.value, name: key.name ?? key.value } : null)),
    })),
  };
}
