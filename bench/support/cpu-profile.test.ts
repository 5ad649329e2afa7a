import { describe, expect, it } from "vitest";
import { type CpuProfile, ownerOf, summariseProfile } from "./cpu-profile.js";

const frame = (functionName: string, url = "") => ({ functionName, url, lineNumber: 0 });

describe("ownerOf", () => {
  it("names a package by the last node_modules folder in its path, scoped packages whole", () => {
    expect(ownerOf("file:///app/node_modules/graphql/execution/execute.js", "executeField")).toBe("graphql");
    expect(ownerOf("file:///app/node_modules/@apollo/server/dist/esm/index.js", "x")).toBe("@apollo/server");
    expect(ownerOf("file:///app/node_modules/a/node_modules/neo4j-driver-bolt-connection/lib/x.js", "x")).toBe("neo4j-driver-bolt-connection");
  });

  it("names Node's modules, this project's folders, V8's pseudo-frames and native code", () => {
    expect(ownerOf("node:internal/streams/writable", "write")).toBe("node");
    expect(ownerOf("file:///app/src/graphql/selection.ts", "walk")).toBe("src/graphql");
    expect(ownerOf("", "(garbage collector)")).toBe("(garbage collector)");
    expect(ownerOf("", "JSONStringify")).toBe("(native)");
  });
});

describe("summariseProfile", () => {
  // root → a (graphql) → b (src/graph); root → loader (node's module loader) → c (tsx); root → (idle); root → (garbage collector)
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame("(root)"), children: [2, 4, 6, 7] },
      { id: 2, callFrame: frame("execute", "file:///app/node_modules/graphql/execution/execute.js"), children: [3] },
      { id: 3, callFrame: frame("toPlain", "file:///app/src/graph/rows.ts") },
      { id: 4, callFrame: frame("load", "node:internal/modules/esm/loader"), children: [5] },
      { id: 5, callFrame: frame("transform", "file:///app/node_modules/tsx/dist/index.js") },
      { id: 6, callFrame: frame("(idle)") },
      { id: 7, callFrame: frame("(garbage collector)") },
    ],
    samples: [2, 3, 3, 5, 6, 6, 7],
    timeDeltas: [1000, 1000, 1000, 4000, 9000, 9000, 1000],
  };

  it("shares self time among owners, without idle time or module loading", () => {
    const summary = summariseProfile(profile);
    expect(summary.busyMs).toBe(4);
    expect(summary.idleMs).toBe(18);
    expect(summary.loadingMs).toBe(4);
    expect(summary.byOwner).toEqual([{ name: "src/graph", ms: 2, share: 0.5 }, expect.objectContaining({ ms: 1, share: 0.25 }), expect.objectContaining({ ms: 1, share: 0.25 })]);
    expect(summary.byOwner.map((o) => o.name).sort()).toEqual(["(garbage collector)", "graphql", "src/graph"]);
  });

  it("ranks functions by self time", () => {
    expect(summariseProfile(profile, 1).topFunctions).toEqual([{ name: "toPlain src/graph:1", ms: 2, share: 0.5 }]);
  });
});
