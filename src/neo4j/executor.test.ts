import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./executor.js";

describe("retryDelayMs", () => {
  it("waits a second, then doubles, as the driver's managed transactions do", () => {
    const middle = () => 0.5;
    expect([0, 1, 2].map((attempt) => retryDelayMs(attempt, middle))).toEqual([1_000, 2_000, 4_000]);
  });

  it("spreads each pause by a fifth either way, so clients that failed together do not retry together", () => {
    expect(retryDelayMs(0, () => 0)).toBe(800);
    expect(retryDelayMs(0, () => 1)).toBe(1_200);
  });
});
