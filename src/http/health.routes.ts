import express, { type Router } from "express";

export interface Readiness {
  /** True once migrations are applied; readiness also needs Neo4j to answer now. */
  migrated(): boolean;
  ping(): Promise<void>;
}

/**
 * /healthz says the process is alive (for restarts); /readyz says it can answer queries
 * (for load balancers), so it asks Neo4j every time rather than trusting a cached state.
 */
export function healthRouter(readiness: Readiness): Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    if (!readiness.migrated()) {
      res.status(503).json({ status: "unavailable", reason: "migrations are not applied yet" });
      return;
    }
    try {
      await readiness.ping();
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "unavailable", reason: "Neo4j does not answer" });
    }
  });
  return router;
}
