import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import { type DocumentNode, execute, type ExecutionResult, getVariableValues, GraphQLError, type GraphQLSchema, Kind, visit, BREAK } from "graphql";
import { compileQuery, type CompiledQuery, isCompiledQuery } from "graphql-jit";
import { BoundedCache } from "../graph/bounded-cache.js";
import { compileWork } from "./compile-work.js";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;
type RequestContext = Parameters<Executor>[0];

/**
 * Compiled queries kept for reuse. Clients in practice send a few dozen documents; a
 * compiled one is its generated code and closures (P2's about 44 kB, a neighbourhood's 32;
 * within COMPILE_WORK_LIMIT, about 100 kB at most), so a full cache holds at most about
 * 10 MB however many distinct documents arrive.
 */
export const COMPILED_QUERY_ENTRIES = 100;

/**
 * Documents not yet compiled, with how many of their requests ran on graphql-js, so that
 * one sent once (a stream of distinct documents is the cheapest thing to send) never costs
 * a compilation (GRAPHQL_JIT_COMPILE_AFTER). An entry is a hash and a count, so a full list
 * is well under a megabyte.
 */
export const SEEN_DOCUMENT_ENTRIES = 2_000;

/**
 * The most field compilations (see compileWork) a document may cost to be compiled: each
 * is about a tenth of a millisecond, so one compilation blocks the server for tens of
 * milliseconds at most. The largest benchmark question, a neighbourhood with seven kinds of
 * entity at each end, costs 148; P2's 10,000 fields cost 33.
 */
export const COMPILE_WORK_LIMIT = 500;

/** How a document is run: compiled by graphql-jit, or interpreted by graphql-js. */
export type ExecutionPath = "compiled" | "interpreted";

/** What is kept for a document and operation: its compiled query, or that it runs interpreted. */
type Kept = CompiledQuery | "interpreted";

/**
 * Whether the document uses @skip or @include. graphql-jit decides those at run time from
 * conditions it attaches to the document's field nodes, which a fragment spread in two
 * places with different conditions can mix up; graphql-js decides them exactly, and no
 * client of this server uses them on a hot path.
 */
function usesConditions(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === "skip" || node.name.value === "include") {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * A graphql-js GraphQLError for one graphql-jit reports. graphql-jit's errors inherit from
 * GraphQLError but leave `extensions` undefined when the cause has none, where Apollo, the
 * error mapping (client-error.ts) and the request log read `extensions.code`; rebuilt, the
 * error keeps its message, locations, path and cause (an AppError keeps its code through it).
 */
export function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.constructor === GraphQLError) return error;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // graphql-jit reports positions as line and column only, with no nodes to compute them from.
  if (error.locations) (rebuilt as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return rebuilt;
}

/**
 * Runs operations compiled by graphql-jit: a document is compiled once into JavaScript that
 * walks its selection directly, where graphql-js interprets the document again for every
 * field of every answer (a promise check, a resolve-info object and path per field), which
 * is most of the server's own work on a page of many typed fields. The schema's own resolve
 * functions are called, with the same arguments and resolve info, so the lean resolvers
 * and type-graphql's middleware apply as before.
 *
 * A document is compiled once `compileAfter` of its requests have run on graphql-js (one,
 * by default), when its compilation is small enough (COMPILE_WORK_LIMIT); compiled queries
 * are kept per document hash and operation name in a bounded cache. Variables are coerced by graphql-js first,
 * so a bad variable is refused with the same error, and code, as without compilation. A
 * document graphql-jit cannot compile, one with @skip or @include (see usesConditions) and
 * subscriptions run on graphql-js's execute.
 */
export class JitExecutor {
  private readonly kept: BoundedCache<string, Kept>;
  private readonly seen: BoundedCache<string, number>;
  private readonly workLimit: number;
  private readonly compileAfter: number;
  /** Operations run so far by each path, for tests and diagnostics. */
  readonly runs: Record<ExecutionPath, number> = { compiled: 0, interpreted: 0 };

  constructor(
    private readonly schema: GraphQLSchema,
    options: { entries?: number; seen?: number; workLimit?: number; compileAfter?: number } = {},
  ) {
    this.kept = new BoundedCache(options.entries ?? COMPILED_QUERY_ENTRIES);
    this.seen = new BoundedCache(options.seen ?? SEEN_DOCUMENT_ENTRIES);
    this.workLimit = options.workLimit ?? COMPILE_WORK_LIMIT;
    this.compileAfter = options.compileAfter ?? 1;
  }

  /** How many documents and operations are kept, compiled or marked to run interpreted. */
  get size(): number {
    return this.kept.size;
  }

  /** The path a request of this document and operation takes, compiling it when it is due. */
  pathOf(queryHash: string, document: DocumentNode, operationName: string | undefined): ExecutionPath {
    return this.keptFor(queryHash, document, operationName) === "interpreted" ? "interpreted" : "compiled";
  }

  readonly execute: Executor = async (requestContext: RequestContext): Promise<ExecutionResult> => {
    const { document, queryHash, operation, context, request } = requestContext;
    const kept = this.keptFor(queryHash, document, request.operationName);
    if (kept === "interpreted") {
      this.runs.interpreted += 1;
      return execute({ schema: this.schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
    }
    this.runs.compiled += 1;
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await kept.query(undefined, context, request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  private keptFor(queryHash: string, document: DocumentNode, operationName: string | undefined): Kept {
    const key = `${queryHash}:${operationName ?? ""}`;
    const kept = this.kept.get(key);
    if (kept !== undefined) return kept;
    const interpreted = this.seen.get(key) ?? 0;
    if (interpreted < this.compileAfter) {
      this.seen.set(key, interpreted + 1);
      return "interpreted";
    }
    const made = this.compile(document, operationName);
    this.kept.set(key, made);
    return made;
  }

  private compile(document: DocumentNode, operationName: string | undefined): Kept {
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName === undefined ? operations[0] : operations.find((o) => o.name?.value === operationName);
    if (!operation || operation.operation === "subscription" || usesConditions(document)) return "interpreted";
    const fragments = Object.fromEntries(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    if (compileWork(this.schema, operation, fragments, this.workLimit + 1) > this.workLimit) return "interpreted";
    try {
      const compiled = compileQuery(this.schema, document, operationName);
      return isCompiledQuery(compiled) ? compiled : "interpreted";
    } catch {
      return "interpreted";
    }
  }
}

/**
 * Apollo's way in for an executor of one's own: a gateway that serves a fixed schema. Apollo
 * still parses, validates, runs every plugin and formats every error; only execution is
 * handed to `executor`.
 */
export function executorGateway(schema: GraphQLSchema, executor: Executor): Gateway {
  let listener: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => (listener = undefined);
    },
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: "" });
      return { executor };
    },
    async stop() {},
  };
}
