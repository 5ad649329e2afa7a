import http from "node:http";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { requestPrincipal } from "./request-principal.js";
import type { Config } from "../config/config.js";
import { createContext, type Context } from "../graphql/context.js";
import { createApollo } from "../graphql/create-apollo.js";
import type { Logger } from "../logging/logger.js";
import type { Executor } from "../neo4j/executor.js";
import { fontsRouter } from "./fonts.route.js";
import { graphiqlRouter } from "./graphiql.route.js";
import { healthRouter, type Readiness } from "./health.routes.js";
import { webPageRouter } from "./web-pages.route.js";

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

export async function createApp(deps: { schema: GraphQLSchema; executor: Executor; config: Config; logger: Logger; readiness: Readiness }): Promise<App> {
  const { schema, executor, config, logger, readiness } = deps;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = createApollo({ schema, config, logger, httpServer });
  await apollo.start();

  app.use(healthRouter(readiness));
  app.get("/", (_req, res) => res.redirect(302, "/graphiql"));
  app.use("/graphiql", graphiqlRouter({ base: "/graphiql", graphqlPath: "/graphql" }));
  app.use("/fonts", fontsRouter());
  app.use("/explore", webPageRouter("explore"));
  app.use("/review", webPageRouter("review"));
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(executor, config, logger, requestPrincipal({ get: (name) => req.get(name) }, config)),
    }),
  );
  return { httpServer, apollo };
}
