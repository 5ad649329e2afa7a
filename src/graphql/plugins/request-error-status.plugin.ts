import type { ApolloServerPlugin } from "@apollo/server";
import { MediaType, type Context } from "../context.js";

/**
 * The status of a GraphQL request error (the document does not parse or validate, its
 * variables do not coerce, or it is refused before execution, such as over its cost) by the
 * media type of the answer, as the GraphQL-over-HTTP specification has it. Apollo answers
 * every such error 400. That is the rule for application/graphql-response+json, whose
 * clients read the status; but a client that accepts only application/json SHOULD get 200
 * for any well-formed request, since for it a 4xx could as well come from a proxy as from
 * the GraphQL server. The error body, with its code, is the same either way.
 *
 * A request with no document at all is not well-formed and keeps its 400, as do refusals
 * with a status of their own (401, 403, 413, 429).
 */
export function requestErrorStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue }) {
          if (contextValue.answersAs !== MediaType.JSON || response.http.status !== 400) return;
          if (!request.query || response.body.kind !== "single" || "data" in response.body.singleResult) return;
          response.http.status = 200;
        },
      };
    },
  };
}
