import type { IncomingMessage, ServerResponse } from "node:http";
import neo4j, { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";

export interface CapturedStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Wraps a driver so that every statement run in a managed transaction is counted, and,
 * while capture is on, kept with its parameters: how the benchmark learns what a system
 * under test sent to Neo4j without changing the system.
 */
export function countingDriver(driver: Driver) {
  let statements = 0;
  let capturing = false;
  const captured: CapturedStatement[] = [];
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== "run") return Reflect.get(target, prop, receiver);
        return (cypher: string, params: Record<string, unknown> = {}) => {
          statements += 1;
          if (capturing) captured.push({ cypher, params });
          return target.run(cypher, params);
        };
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === "executeRead" || prop === "executeWrite") {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) => (target[prop] as any).call(target, (tx: ManagedTransaction) => work(wrapTx(tx)), config);
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === "session") return (config?: unknown) => wrapSession((target.session as any).call(target, config));
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return {
    driver: wrapped as Driver,
    /** GET /stats: the count; POST /stats/capture: start keeping statements; GET /stats/captured: take them. */
    handle(req: IncomingMessage, res: ServerResponse) {
      res.writeHead(200, { "content-type": "application/json" });
      if (req.url === "/stats/capture") {
        capturing = true;
        captured.length = 0;
        return res.end("{}");
      }
      if (req.url === "/stats/captured") {
        capturing = false;
        // Integers keep their type across JSON, or LIMIT $n would receive a float.
        return res.end(JSON.stringify(captured.splice(0), (_key, value) => (neo4j.isInt(value) ? { $int: value.toString() } : value)));
      }
      res.end(JSON.stringify({ statements }));
    },
  };
}

/** Reads captured statements back, integers as Neo4j integers. */
export function parseCaptured(json: string): CapturedStatement[] {
  return JSON.parse(json, (_key, value) => (value && typeof value === "object" && typeof value.$int === "string" ? neo4j.int(value.$int) : value));
}
