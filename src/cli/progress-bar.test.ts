import { describe, expect, it } from "vitest";
import { renderProgress } from "./progress-bar.js";

describe("renderProgress", () => {
  it("fills the bar in proportion and counts files", () => {
    expect(renderProgress(0, 4, "a.json", 8)).toBe("[--------] 0/4  a.json");
    expect(renderProgress(2, 4, "b.json", 8)).toBe("[####----] 2/4  b.json");
    expect(renderProgress(4, 4, "done", 8)).toBe("[########] 4/4  done");
  });
  it("pads the counter so the bar does not jump", () => {
    expect(renderProgress(3, 12, "x", 4)).toBe("[#---]  3/12  x");
  });
});
