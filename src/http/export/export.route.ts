import { once } from "node:events";
import express, { type Response } from "express";
import type { GraphQLSchema } from "graphql";
import { requestPrincipal } from "../request-principal.js";
import type { Config } from "../../config/config.js";
import { exportGraph } from "../../domain/export/export-graph.js";
import type { ExportGraph } from "../../domain/export/export-graph.type.js";
import { BadInputError } from "../../errors/app-error.js";
import { createContext } from "../../graphql/context.js";
import type { Logger } from "../../logging/logger.js";
import type { Executor } from "../../neo4j/executor.js";
import { sendRouteError } from "../route-errors.js";
import { csv } from "./csv.writer.js";
import { gexf } from "./gexf.writer.js";
import { graphml } from "./graphml.writer.js";
import { readExportSource } from "./export-request.js";
import { json } from "./json.writer.js";

const FORMATS = {
  graphml: { type: "application/graphml+xml; charset=utf-8", write: (g: ExportGraph) => graphml(g) },
  gexf: { type: "application/gexf+xml; charset=utf-8", write: (g: ExportGraph) => gexf(g) },
  csv: { type: "text/csv; charset=utf-8", write: (g: ExportGraph, table: "nodes" | "edges") => csv(g, table) },
  json: { type: "application/json; charset=utf-8", write: (g: ExportGraph) => json(g) },
} as const;
type Format = keyof typeof FORMATS;

/** Writes chunk by chunk, waiting whenever the client reads slower than we write. */
async function stream(res: Response, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!res.write(chunk)) await once(res, "drain");
    if (res.destroyed) return;
  }
  res.end();
}

/**
 * `GET /export/{graphml|gexf|csv|json}?of=…`: a neighbourhood, a connection, a
 * counterparts set or a list, for Gephi, Cytoscape or a spreadsheet. The same
 * credentials as /graphql, the same arguments and bounds as the GraphQL fields, through
 * the same domain functions; the graph, bounded, is gathered first and then streamed, so
 * a failure is a coded error rather than half a file.
 */
export function exportRouter(deps: { schema: GraphQLSchema; executor: Executor; config: Config; logger: Logger }): express.Router {
  const { schema, executor, config, logger } = deps;
  const router = express.Router();
  router.get("/:format", async (req, res) => {
    const started = process.hrtime.bigint();
    const ctx = (() => {
      try {
        return createContext(executor, config, logger, requestPrincipal({ get: (name) => req.get(name) }, config));
      } catch (error) {
        sendRouteError(res, error, logger);
        return null;
      }
    })();
    if (!ctx) return;
    try {
      const format = req.params.format as Format;
      if (!Object.hasOwn(FORMATS, format)) throw new BadInputError(`Export formats are ${Object.keys(FORMATS).join(", ")}; got "${req.params.format}".`, { argument: "format" });
      const table = (req.query.table ?? "edges") as string;
      if (table !== "edges" && table !== "nodes") throw new BadInputError(`"table" is edges or nodes; got "${String(table)}".`, { argument: "table" });
      const source = readExportSource(schema, req.query as Record<string, unknown>);
      const graph = await exportGraph(ctx, source);
      const name = `diplograph-${source.of === "list" ? source.list : source.of}${format === "csv" ? `-${table}` : ""}.${format}`;
      res.status(200).set({
        "content-type": FORMATS[format].type,
        "content-disposition": `attachment; filename="${name}"`,
        "x-diplograph-truncated": String(graph.truncated),
        "x-diplograph-cypher-statements": String(ctx.executor.roundTrips),
      });
      ctx.logger.info(
        {
          export: format,
          of: source.of,
          nodes: graph.nodes.length,
          edges: graph.edges.length,
          cypherStatements: ctx.executor.roundTrips,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        },
        "export request",
      );
      await stream(res, FORMATS[format].write(graph, table));
    } catch (error) {
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else sendRouteError(res, error, logger);
    }
  });
  return router;
}
