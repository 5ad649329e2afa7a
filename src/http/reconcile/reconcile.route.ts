import express, { type Request, type Response } from "express";
import { requestPrincipal } from "../request-principal.js";
import type { Config } from "../../config/config.js";
import { findCandidates } from "../../domain/editing/find-candidates.js";
import { readAliases } from "../../graph/alias-records.js";
import { MAX_RECONCILE_LIMIT, RECONCILE_PROPERTIES, RECONCILE_TYPES, type ReconcileQuery, reconcileBatch } from "../../domain/reconcile/reconcile.js";
import { BadInputError, NotFoundError } from "../../errors/app-error.js";
import { type Context, createContext } from "../../graphql/context.js";
import type { Logger } from "../../logging/logger.js";
import { ENTITY_KINDS, type EntityKind } from "../../model/entity-kinds.js";
import type { Executor } from "../../neo4j/executor.js";
import { sendRouteError } from "../route-errors.js";
import { xmlText as html } from "../export/xml-text.js";

/** A JSONP callback name: an identifier path and nothing else, so no script can be injected through it. */
const CALLBACK = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/** JSON, or JSONP when the client asks with `callback` (older OpenRefine fetches the manifest that way). */
function reply(req: Request, res: Response, body: unknown): void {
  const callback = typeof req.query.callback === "string" ? req.query.callback : undefined;
  if (callback && CALLBACK.test(callback)) {
    res.type("application/javascript").send(`${callback}(${JSON.stringify(body)});`);
    return;
  }
  res.json(body);
}

const origin = (req: Request) => `${req.protocol}://${req.get("host")}`;

/** The service manifest: what the specification's `manifest.json` schema describes. */
function manifest(req: Request) {
  const base = `${origin(req)}/reconcile`;
  return {
    versions: ["0.2"],
    name: "Diplograph",
    identifierSpace: `${base}/ids`,
    schemaSpace: `${base}/types`,
    documentation: `${origin(req)}/graphiql`,
    view: { url: `${base}/preview?id={{id}}` },
    preview: { url: `${base}/preview?id={{id}}`, width: 420, height: 180 },
    defaultTypes: RECONCILE_TYPES,
    suggest: {
      entity: { service_url: origin(req), service_path: "/reconcile/suggest/entity" },
      type: { service_url: origin(req), service_path: "/reconcile/suggest/type" },
      property: { service_url: origin(req), service_path: "/reconcile/suggest/property" },
    },
  };
}

/** The `queries` parameter: a JSON object of queries keyed by the client's own names, in the query string or a form body. */
function readQueries(raw: unknown, maxQueries: number): Record<string, ReconcileQuery> {
  if (typeof raw !== "string")
    throw new BadInputError(`"queries" must be a JSON object of reconciliation queries, e.g. {"q0":{"query":"Sok Chenda Sophea"}}.`, { argument: "queries" });
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new BadInputError(`"queries" is not valid JSON.`, { argument: "queries" });
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new BadInputError(`"queries" must be a JSON object keyed by query names.`, { argument: "queries" });
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length > maxQueries) throw new BadInputError(`At most ${maxQueries} queries in one batch; got ${entries.length}.`, { argument: "queries" });
  for (const [key, query] of entries) {
    if (!query || typeof query !== "object") throw new BadInputError(`Query "${key}" must be an object with a "query" string.`, { argument: "queries" });
    const q = query as Record<string, unknown>;
    if (q.query !== undefined && typeof q.query !== "string") throw new BadInputError(`Query "${key}": "query" must be a string.`, { argument: "queries" });
    if (q.limit !== undefined && typeof q.limit !== "number") throw new BadInputError(`Query "${key}": "limit" must be a number.`, { argument: "queries" });
    if (q.properties !== undefined && !Array.isArray(q.properties)) throw new BadInputError(`Query "${key}": "properties" must be a list of {pid, v}.`, { argument: "queries" });
  }
  return parsed as Record<string, ReconcileQuery>;
}

/** An HTML card small enough for OpenRefine's preview frame; every value is escaped. */
async function preview(ctx: Context, id: string): Promise<string> {
  const entity = await ctx.loaders.entityById.load(id);
  if (!entity) throw new NotFoundError("entity", id);
  const aliases = readAliases(entity.aliasRecords).map((a) => `${html(a.name)} <small>(${html(a.lang)})</small>`);
  const detail = [entity.designation, entity.orgKind, entity.placeKind, entity.frameworkKind, entity.series].filter((v): v is string => typeof v === "string");
  return `<!doctype html><html><head><meta charset="utf-8"><title>${html(entity.name)}</title></head><body style="font-family:sans-serif;font-size:13px;margin:6px">
<div><strong>${html(entity.name)}</strong> <span style="color:#666">${html(entity.kind)} · ${html(entity.id)}</span></div>
${detail.length ? `<div>${detail.map(html).join(" · ")}</div>` : ""}
${aliases.length ? `<div style="color:#444">Also: ${aliases.join(", ")}</div>` : ""}
</body></html>`;
}

const prefixOf = (req: Request) => (typeof req.query.prefix === "string" ? req.query.prefix.trim() : "");

/**
 * `/reconcile`: the W3C Entity Reconciliation API, version 0.2, for OpenRefine and other
 * clients. GET without `queries` is the manifest; GET or POST with `queries` reconciles a
 * batch; `/reconcile/preview`, `/reconcile/suggest/{entity,type,property}` complete it.
 * The same credentials as /graphql.
 */
export function reconcileRouter(deps: { executor: Executor; config: Config; logger: Logger }): express.Router {
  const { executor, config, logger } = deps;
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: "1mb" }), express.json({ limit: "1mb" }));

  /** Every route: who asks (before any database work), then the work, then one log line with its statements. */
  const handle = (name: string, work: (ctx: Context, req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    const started = process.hrtime.bigint();
    let ctx: Context | undefined;
    try {
      ctx = createContext(executor, config, logger, requestPrincipal({ get: (h) => req.get(h) }, config));
      await work(ctx, req, res);
    } catch (error) {
      sendRouteError(res, error, logger);
    } finally {
      logger.info(
        { reconcile: name, status: res.statusCode, cypherStatements: ctx?.executor.roundTrips ?? 0, durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10 },
        "reconcile request",
      );
    }
  };

  const reconcile = handle("queries", async (ctx, req, res) => {
    const raw = (req.body as Record<string, unknown> | undefined)?.queries ?? req.query.queries;
    if (raw === undefined) return reply(req, res, manifest(req));
    reply(req, res, await reconcileBatch(ctx, readQueries(raw, config.limits.maxPageSize)));
  });
  router.get("/", reconcile);
  router.post("/", reconcile);

  router.get(
    "/preview",
    handle("preview", async (ctx, req, res) => {
      const id = typeof req.query.id === "string" ? req.query.id : "";
      if (!id) throw new BadInputError(`"id" is required: the id of the entity to preview.`, { argument: "id" });
      res.type("text/html").send(await preview(ctx, id));
    }),
  );

  router.get(
    "/suggest/entity",
    handle("suggest.entity", async (ctx, req, res) => {
      const prefix = prefixOf(req);
      const type = typeof req.query.type === "string" && (ENTITY_KINDS as readonly string[]).includes(req.query.type) ? (req.query.type as EntityKind) : null;
      const found = prefix ? await findCandidates(ctx, { name: prefix, kind: type, limit: MAX_RECONCILE_LIMIT }) : [];
      reply(req, res, {
        result: found.map((c) => ({ id: c.entity.id, name: c.entity.name, description: c.reasons.join("; "), notable: [{ id: c.entity.kind, name: c.entity.kind }] })),
      });
    }),
  );
  router.get(
    "/suggest/type",
    handle("suggest.type", async (_ctx, req, res) => {
      const prefix = prefixOf(req).toLowerCase();
      reply(req, res, { result: RECONCILE_TYPES.filter((t) => t.name.toLowerCase().includes(prefix)) });
    }),
  );
  router.get(
    "/suggest/property",
    handle("suggest.property", async (_ctx, req, res) => {
      const prefix = prefixOf(req).toLowerCase();
      reply(req, res, { result: RECONCILE_PROPERTIES.filter((p) => p.name.toLowerCase().includes(prefix) || p.id.includes(prefix)) });
    }),
  );
  return router;
}
