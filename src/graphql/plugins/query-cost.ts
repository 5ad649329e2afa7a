import { getNamedType, isLeafType, type GraphQLField } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity/cjs";

/**
 * A field's cost is 1 (0 for a scalar) plus its selection's cost, at least 1 for an object,
 * times the number of items it may return: `first` when the query gives it (in a literal or a variable), the
 * default page size when it does not. Nested lists therefore multiply, which is what
 * makes them expensive, and a query cannot hide a large page behind a variable.
 *
 * A relationship list asked without `first` returns up to the maximum page size, so that
 * no participant is silently cut; it is priced at the default page size, its typical
 * length, so that ordinary entity pages are not refused. Its worst case is bounded by the
 * maximum page size, the depth limit and the transaction timeout.
 */
export function listSizeEstimator(defaultPageSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const own = isLeafType(getNamedType((field as GraphQLField<unknown, unknown>).type)) ? 0 : 1;
    const hasFirst = (field as GraphQLField<unknown, unknown>).args.some((a) => a.name === "first");
    const items = hasFirst ? (typeof args.first === "number" ? args.first : defaultPageSize) : 1;
    return own + items * (own === 0 ? childComplexity : Math.max(1, childComplexity));
  };
}
