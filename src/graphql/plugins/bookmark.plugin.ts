import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";

/**
 * After a request that committed a write, hands its bookmark to the client, in the
 * response header and in `extensions.bookmark`. Sent back on a later request (the same
 * header), it makes whichever replica answers wait until the database has that write.
 */
export function bookmarkPlugin(header: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const written = contextValue.executor?.writtenBookmarks ?? [];
          if (written.length === 0) return;
          const value = written.join(",");
          response.http.headers.set(header, value);
          if (response.body.kind === "single") {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmark: value };
          }
        },
      };
    },
  };
}
