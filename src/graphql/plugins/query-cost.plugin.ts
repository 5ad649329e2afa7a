import type { ApolloServerPlugin } from "@apollo/server";
import { getVariableValues, GraphQLError } from "graphql";
// The CommonJS entry: it loads the same copy of graphql as the rest of the server (graphql 16 has
// no exports map, so ESM code gets index.js), where the ESM entry would load index.mjs.
import { getComplexity } from "graphql-query-complexity/cjs";
import { ErrorCode } from "../../errors/error-codes.js";
import { listSizeEstimator } from "./query-cost.js";

/**
 * At most this many variable errors are collected before coercion gives up, as graphql-js
 * itself does at execution: a 10,000-item list of invalid values costs 50 errors, not
 * 10,000 messages built on the one thread every client shares.
 */
export const MAX_VARIABLE_ERRORS = 50;

/**
 * Refuses an over-costly operation after validation and before execution, so before any
 * Cypher runs. The variables are coerced against the operation first, with a capped error
 * count, and the estimate only ever sees coerced values: on invalid variables it does not
 * run at all, and execution reports them (400 BAD_USER_INPUT) from the same capped check.
 */
export function queryCostPlugin<T extends object>(limits: { maxCost: number; defaultPageSize: number }): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: MAX_VARIABLE_ERRORS });
          if (coerced.errors) return;
          const cost = getComplexity({
            schema,
            query: document,
            variables: coerced.coerced,
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
