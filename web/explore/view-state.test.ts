import { describe, expect, it } from "vitest";
import { emptyState, readState, writeState } from "./view-state.js";

describe("the explorer's view in the URL", () => {
  it("reads back what it wrote", () => {
    const state = {
      card: "official:s47nxbs4rl",
      nodes: ["official:s47nxbs4rl", "country:KHM"],
      expanded: ["country:KHM"],
      path: ["official:s47nxbs4rl", "org:abcdefgh"] as [string, string],
      met: ["country:KHM"],
      from: 2022,
      to: 2024,
    };
    const query = writeState(state);
    expect(query).toContain("nodes=official:s47nxbs4rl,country:KHM");
    expect(readState(query)).toEqual(state);
  });

  it("writes nothing for an empty view and ignores what is not an id or a year", () => {
    expect(writeState(emptyState())).toBe("");
    expect(readState("?nodes=<script>,country:KHM&from=20x2&path=a:b")).toEqual({ ...emptyState(), nodes: ["country:KHM"] });
  });
});
