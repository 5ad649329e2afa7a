import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "../config/config.js";

export interface DriverTarget {
  uri: string;
  username?: string;
  password?: string;
}

export function targetOf(config: Neo4jConfig, embeddedUri?: string): DriverTarget {
  return config.mode === "external" ? { uri: config.uri, username: config.username, password: config.password } : { uri: embeddedUri ?? `bolt://127.0.0.1:${config.port}` };
}

/** How long transient failures are retried, by the driver's managed transactions and by the executor's auto-commit reads alike. */
export const TRANSACTION_RETRY_TIME_MS = 5_000;

/**
 * Short connection and retry budgets: when Neo4j is down, a request should get a coded
 * UNAVAILABLE error in seconds rather than wait out the driver's 30 s default.
 */
export function createDriver(target: DriverTarget, options: { connectTimeoutMs: number }): Driver {
  const auth = target.username ? neo4j.auth.basic(target.username, target.password ?? "") : undefined;
  return neo4j.driver(target.uri, auth, {
    connectionTimeout: options.connectTimeoutMs,
    connectionAcquisitionTimeout: options.connectTimeoutMs,
    maxTransactionRetryTime: TRANSACTION_RETRY_TIME_MS,
    disableLosslessIntegers: true,
    logging: { level: "error", logger: () => undefined },
    userAgent: "diplograph",
  });
}

/** Waits until the server answers, or fails naming the URI so the operator knows what to fix. */
export async function verifyReachable(driver: Driver, uri: string, database: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([driver.verifyConnectivity({ database }), deadline]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot reach Neo4j at ${uri} (database "${database}"): ${reason}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
