import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, type GraphQLSchema, getVariableValues } from "graphql";
// The CommonJS entry: it loads the same copy of graphql as the rest of the server (graphql 16 has
// no exports map, so ESM code gets index.js), where the ESM entry would load index.mjs.
import { getComplexity } from "graphql-query-complexity/cjs";
import { BadInputError } from "../../errors/app-error.js";
import type { Executor } from "../../neo4j/executor.js";
import { toClientError } from "../client-error.js";
import { CostEstimates, listSizeEstimator } from "./query-cost.js";

/**
 * At most this many variable errors are collected before coercion gives up, as graphql-js
 * itself does at execution: a 10,000-item list of invalid values costs 50 errors, not
 * 10,000 messages built on the one thread every client shares.
 */
export const MAX_VARIABLE_ERRORS = 50;

/** What an answer cost, as every response states it in `extensions.cost`. */
export interface AnswerCost {
  /** The operation's estimated cost, checked against `maxCost` before it ran; null when it never got that far (a syntax or validation error). */
  estimated: number | null;
  maxCost: number;
  /** Cypher statements sent to Neo4j for this request. */
  statements: number;
  /** Neo4j's own time for them, from the driver's result summaries (available after + consumed after), in milliseconds. */
  databaseMs: number;
  /** From the request's arrival at Apollo to its response, in milliseconds. */
  serverMs: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Refuses an over-costly operation after validation and before execution, so before any
 * Cypher runs; and tells every client what its answer cost. None of this depends on a
 * header: an analyst sees the price of a query in GraphiQL as readily as a script does.
 */
export function queryCostPlugin<T extends { executor: Executor }>(limits: { maxCost: number; defaultPageSize: number }, schema: GraphQLSchema): ApolloServerPlugin<T> {
  const estimators = [listSizeEstimator(limits.defaultPageSize)];
  const estimates = new CostEstimates((document, variables, operationName) => getComplexity({ schema, query: document as DocumentNode, variables, operationName, estimators }));
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let estimated: number | null = null;
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: MAX_VARIABLE_ERRORS });
          // Invalid variables: no estimate; execution refuses them from the same capped check.
          if (coerced.errors) return;
          estimated = estimates.of(document, coerced.coerced, request.operationName ?? undefined);
          if (estimated > limits.maxCost) {
            const refusal = new BadInputError(
              `This query's estimated cost is ${estimated}, over the limit of ${limits.maxCost}: ask for fewer items (first:) or fewer nested lists.`,
              { cost: estimated, maxCost: limits.maxCost },
            );
            throw toClientError(refusal, { httpStatus: true });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const cost: AnswerCost = {
            estimated,
            maxCost: limits.maxCost,
            statements: contextValue.executor.roundTrips,
            databaseMs: round(contextValue.executor.databaseTimeMs),
            serverMs: round(Number(process.hrtime.bigint() - started) / 1e6),
          };
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
