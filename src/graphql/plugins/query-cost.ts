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

/** Variables whose JSON is longer than this are estimated each time: an article being ingested, not a repeated analyst query. */
const KEPT_VARIABLES_CHARS = 1_024;
/** Sets of variables kept per document, so a script paging through a list cannot grow one document's entry without bound. */
const KEPT_PER_DOCUMENT = 32;

/**
 * A query's estimated cost, kept per document and operation and variables. An analyst's
 * repeated query comes back as the same document object (Apollo keeps parsed documents),
 * so its estimate is a look-up rather than another walk of its whole selection; the
 * entries go when Apollo lets the document go.
 */
export class CostEstimates {
  private readonly kept = new WeakMap<object, Map<string, number>>();

  constructor(private readonly estimate: (document: object, variables: Record<string, unknown>, operationName: string | undefined) => number) {}

  of(document: object, variables: Record<string, unknown>, operationName: string | undefined): number {
    const json = JSON.stringify([operationName ?? null, variables]);
    if (json.length > KEPT_VARIABLES_CHARS) return this.estimate(document, variables, operationName);
    let byVariables = this.kept.get(document);
    if (!byVariables) {
      byVariables = new Map();
      this.kept.set(document, byVariables);
    }
    const known = byVariables.get(json);
    if (known !== undefined) return known;
    const cost = this.estimate(document, variables, operationName);
    if (byVariables.size >= KEPT_PER_DOCUMENT) byVariables.clear();
    byVariables.set(json, cost);
    return cost;
  }
}
