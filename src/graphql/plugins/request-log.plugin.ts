import type { ApolloServerPlugin } from "@apollo/server";
import { clientCodeOf } from "../client-error.js";
import type { Context } from "../context.js";
import { readRequestId, REQUEST_ID_HEADER } from "../request-id.js";

/** One log line per request: the operation, how long it took, and how many Cypher statements it cost. */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, contextValue: ctx, response, request }) {
          const requestId = readRequestId(request.http?.headers.get(REQUEST_ID_HEADER));
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const codes = errors?.map(clientCodeOf);
          ctx.logger.info(
            {
              operation: operationName ?? "(anonymous)",
              durationMs: Math.round(durationMs * 10) / 10,
              cypherStatements: ctx.executor.roundTrips,
              status: response.http.status ?? 200,
              ...(codes?.length ? { errorCodes: codes } : {}),
              ...(requestId ? { requestId } : {}),
            },
            "graphql request",
          );
        },
      };
    },
  };
}
