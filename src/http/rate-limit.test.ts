import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit.js";

describe("RateLimiter", () => {
  it("lets a burst through, then asks the client to wait until a token refills", () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 3 }, () => now);
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([0, 0, 0]);
    expect(limiter.take("a")).toBe(1);
    expect(limiter.take("b")).toBe(0);
    now += 1_000;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBeGreaterThanOrEqual(1);
  });

  it("says how many whole seconds to wait at a slow rate", () => {
    const limiter = new RateLimiter({ perMinute: 2, burst: 1 }, () => 0);
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(30);
  });

  it("keeps at most maxClients buckets, so spoofed clients cannot grow memory", () => {
    const limiter = new RateLimiter({ perMinute: 60, burst: 1, maxClients: 100 }, () => 0);
    for (let i = 0; i < 1_000; i += 1) limiter.take(`client-${i}`);
    expect(limiter.size).toBe(100);
  });
});
