import http from "node:http";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { requestPrincipal } from "./request-principal.js";
import type { Config } from "../config/config.js";
import { createContext, MediaType, type Context } from "../graphql/context.js";
import { createApollo } from "../graphql/create-apollo.js";
import type { Logger } from "../logging/logger.js";
import type { Executor } from "../neo4j/executor.js";
import { BOOKMARK_HEADER, readBookmarks } from "../graphql/bookmark-header.js";
import { errorHandler, notFoundHandler } from "./error-handler.js";
import { exportRouter } from "./export/export.route.js";
import { fontsRouter } from "./fonts.route.js";
import { graphiqlRouter } from "./graphiql.route.js";
import { healthRouter, type Readiness } from "./health.routes.js";
import { rateLimit } from "./rate-limit.js";
import { reconcileRouter } from "./reconcile/reconcile.route.js";
import { webPageRouter } from "./web-pages.route.js";

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/**
 * The media type Apollo will answer in, chosen as Apollo chooses it: Express's `accepts`
 * and Apollo both rank the Accept header with the same negotiator, and both prefer
 * application/json on a tie (no Accept header, or one that takes any type).
 */
function answerMediaType(req: express.Request): MediaType | null {
  const chosen = req.accepts([MediaType.JSON, MediaType.GRAPHQL_RESPONSE_JSON]);
  return chosen === MediaType.JSON || chosen === MediaType.GRAPHQL_RESPONSE_JSON ? chosen : null;
}

export async function createApp(deps: { schema: GraphQLSchema; executor: Executor; config: Config; logger: Logger; readiness: Readiness }): Promise<App> {
  const { schema, executor, config, logger, readiness } = deps;
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer, the client's address is the one it saw (the last X-Forwarded-For
  // hop, which a client cannot forge); only when told so.
  if (config.rateLimit.trustProxy) app.set("trust proxy", 1);
  const httpServer = http.createServer(app);
  const apollo = createApollo({ schema, config, logger, httpServer });
  await apollo.start();

  app.use(healthRouter(readiness));
  app.get("/", (_req, res) => res.redirect(302, "/graphiql"));
  app.use("/graphiql", graphiqlRouter({ base: "/graphiql", graphqlPath: "/graphql", introspection: config.graphql.introspection }));
  app.use("/fonts", fontsRouter());
  app.use("/explore", webPageRouter("explore"));
  app.use("/review", webPageRouter("review"));
  app.use("/export", exportRouter({ schema, executor, config, logger }));
  app.use("/reconcile", reconcileRouter({ executor, config, logger }));
  app.use(
    "/graphql",
    rateLimit(config, logger),
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(executor, config, logger, requestPrincipal({ get: (name) => req.get(name) }, config), readBookmarks(req.get(BOOKMARK_HEADER)), answerMediaType(req)),
    }),
  );
  app.use(notFoundHandler());
  app.use(errorHandler(logger));
  return { httpServer, apollo };
}
