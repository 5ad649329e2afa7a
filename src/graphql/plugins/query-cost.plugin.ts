import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
// The CommonJS entry: it loads the same copy of graphql as the rest of the server (graphql 16 has
// no exports map, so ESM code gets index.js), where the ESM entry would load index.mjs.
import { getComplexity } from "graphql-query-complexity/cjs";
import { ErrorCode } from "../../errors/error-codes.js";
import { listSizeEstimator } from "./query-cost.js";

/** Refuses an over-costly operation after validation and before execution, so before any Cypher runs. */
export function queryCostPlugin<T extends object>(limits: { maxCost: number; defaultPageSize: number }): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [listSizeEstimator(limits.defaultPageSize)],
          });
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `This query's estimated cost is ${cost}, over the limit of ${limits.maxCost}: ask for fewer items (first:) or fewer nested lists.`,
              { extensions: { code: ErrorCode.BAD_USER_INPUT, cost, maxCost: limits.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
