import type http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Config } from "../config/config.js";
import { ErrorCode } from "../errors/error-codes.js";
import { BOOKMARK_HEADER } from "./bookmark-header.js";
import type { Logger } from "../logging/logger.js";
import type { Context } from "./context.js";
import { appErrorOf, withClientCode } from "./client-error.js";
import { formatError } from "./format-error.js";
import { bookmarkPlugin } from "./plugins/bookmark.plugin.js";
import { queryCostPlugin } from "./plugins/query-cost.plugin.js";
import { requestErrorStatusPlugin } from "./plugins/request-error-status.plugin.js";
import { requestLogPlugin } from "./plugins/request-log.plugin.js";
import { executorGateway, JitExecutor } from "./jit-executor.js";

/**
 * Depth, alias and directive limits come from graphql-armor and run as validation rules,
 * so an abusive query is refused before any resolver, and so any Cypher, runs.
 *
 * The token limit is graphql-js's own parse option instead (see createApollo): armor's
 * token plugin re-parses in a hook that Apollo treats as a server failure, so every
 * syntax error became a 500 with no log line. Suggestions are removed by formatError,
 * which also catches the enum-value suggestions armor's mask misses.
 */
export function createArmor(config: Config) {
  return new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: config.limits.maxAliases, exposeLimits: true },
    maxTokens: { enabled: false },
    maxDirectives: { n: 20, exposeLimits: true },
    // Cost is ours (query-cost.plugin.ts): armor's ignores list sizes and variables.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/**
 * The one Apollo configuration, used over HTTP and by tests that execute operations
 * in-process. Apollo's landing page loads from a CDN, so it is disabled: /graphiql is ours.
 */
export function createApollo(deps: { schema: GraphQLSchema; config: Config; logger: Logger; httpServer?: http.Server; jit?: JitExecutor }): ApolloServer<Context> {
  const { schema, config, logger, httpServer } = deps;
  const jit = deps.jit ?? (config.graphql.jit ? new JitExecutor(schema, { compileAfter: config.graphql.jitCompileAfter }) : undefined);
  const armor = createArmor(config);
  return new ApolloServer<Context>({
    // Compiled execution (jit-executor.ts) unless GRAPHQL_JIT=false: Apollo's own pipeline either way.
    ...(jit ? { gateway: executorGateway(schema, jit.execute) } : { schema }),
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // Parsed and validated documents, kept so a repeated query skips both: bounded by the
    // size of their JSON, so a stream of distinct hostile documents cannot grow memory.
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: config.limits.documentCacheBytes }),
    // No automatic persisted queries: nobody here uses them, and their cache is one more
    // thing an anonymous client could fill.
    persistedQueries: false,
    formatError: (formatted, error) => {
      const out = formatError(withClientCode(formatted, error), { suggestions: config.graphql.suggestions });
      if (out.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) logger.error({ err: appErrorOf(error) ?? unwrapResolverError(error) }, "unexpected error in a request");
      return out;
    },
    validationRules: [...armor.validationRules],
    plugins: [
      // graphql-armor is typed against the CommonJS build of @apollo/server; the plugin objects are the same at run time.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs its cache-control plugin unless told not to. It wraps every field's
      // resolver to gather cache hints (a closure and a hint per field), which this server
      // never sends: answers carry evidence that editing changes, and are not cached.
      ApolloServerPluginCacheControlDisabled(),
      queryCostPlugin<Context>(config.limits, schema),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs })] : []),
      // Before the log line, so it records the status the client gets.
      requestErrorStatusPlugin(),
      requestLogPlugin(),
      bookmarkPlugin(BOOKMARK_HEADER),
    ],
  });
}
