import type { RequestHandler } from "express";
import { identify, presentedKey } from "../auth/credentials.js";
import type { Config } from "../config/config.js";
import { ErrorCode } from "../errors/error-codes.js";
import { readRequestId, REQUEST_ID_HEADER } from "../graphql/request-id.js";
import type { Logger } from "../logging/logger.js";
import { sendGraphqlError } from "./error-handler.js";

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * A token bucket per client: `burst` requests at once, refilled at `perMinute`. A client
 * is the holder of a valid credential when it sends one (so an office behind one address
 * is not one client), else its address: an invented key buys no fresh bucket. At most `maxClients` buckets are kept, oldest first out, so
 * a flood of spoofed keys or addresses cannot grow memory without bound.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: { perMinute: number; burst: number; maxClients?: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the request may go ahead, else the whole seconds to wait before the next one would. */
  take(client: string): number {
    const { perMinute, burst } = this.options;
    const now = this.now();
    const perMs = perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: burst, updated: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * perMs);
    bucket.updated = now;
    // Re-inserting keeps the map in least-recently-used order for eviction.
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    this.evict();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict() {
    const max = this.options.maxClients ?? 10_000;
    while (this.buckets.size > max) {
      const oldest = this.buckets.keys().next().value as string;
      this.buckets.delete(oldest);
    }
  }
}

/**
 * Refuses a client over its rate with 429 and Retry-After, before the body is read or any
 * GraphQL work is done. `perMinute: 0` turns it off.
 */
export function rateLimit(config: Pick<Config, "rateLimit" | "auth">, logger: Logger): RequestHandler {
  const options = config.rateLimit;
  if (options.perMinute === 0) return (_req, _res, next) => next();
  const limiter = new RateLimiter(options);
  return (req, res, next) => {
    const principal = identify(presentedKey({ get: (name) => req.get(name) }), config.auth);
    const client = principal !== "invalid" && principal.name ? `key:${principal.name}` : `ip:${req.ip ?? "unknown"}`;
    const wait = limiter.take(client);
    if (wait === 0) {
      next();
      return;
    }
    logger.info(
      { method: req.method, path: req.path, status: 429, code: ErrorCode.RATE_LIMITED, retryAfter: wait, requestId: readRequestId(req.get(REQUEST_ID_HEADER)) },
      "http request refused",
    );
    res.set("Retry-After", String(wait));
    sendGraphqlError(
      res,
      429,
      ErrorCode.RATE_LIMITED,
      `Too many requests from this client: at most ${options.perMinute} a minute, in bursts of ${options.burst}. Retry after ${wait} s.`,
      { retryAfter: wait },
    );
  };
}
