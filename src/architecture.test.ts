import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The layers, lowest first, from src/layers.json: the same list the lint rule
 * (scripts/lint/layer-boundaries.rule.js) reads. A file may import from its own folder or
 * from a folder of a lower rank; never from a higher rank. Files directly in src/ (the
 * entry point, this test) sit above every layer. A new top-level folder must be placed in
 * src/layers.json before anything in it passes this test.
 */
const { layers, packages } = JSON.parse(readFileSync(new URL("./layers.json", import.meta.url), "utf8")) as {
  layers: { name: string; folders: string[] }[];
  packages: PackageHome[];
};
/** Packages that only some folders may import (src/layers.json), as the lint rule reads them too. */
interface PackageHome {
  names: string;
  pattern: string;
  folders: string[];
}

const LAYER_RANK: Readonly<Record<string, number>> = {
  ...Object.fromEntries(layers.flatMap((layer, rank) => layer.folders.map((folder) => [folder, rank] as const))),
  "main.ts": layers.length,
  "architecture.test.ts": layers.length,
};

const SRC = path.dirname(new URL(import.meta.url).pathname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js)$/.test(entry.name) ? [full] : [];
  });
}

/** The top-level folder under src/ a path belongs to (or the file's own name at the top). */
const unitOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;

interface ImportEdge {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

/** Every relative import (static, type-only, re-export or dynamic) of every file under src/, as folder → folder. */
function importEdges(): ImportEdge[] {
  return sourceFiles(SRC).flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    return importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => ({ from: unitOf(file), to: unitOf(path.resolve(path.dirname(file), specifier)), file: path.relative(SRC, file), specifier }));
  });
}

interface PackageImport {
  unit: string;
  file: string;
  specifier: string;
}

/** Every import of a package (not a relative path) under src/, tests included. */
function packageImports(): PackageImport[] {
  return sourceFiles(SRC).flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    return importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => !specifier.startsWith("."))
      .map((specifier) => ({ unit: unitOf(file), file: path.relative(SRC, file), specifier }));
  });
}

/** Imports of a package from a folder that is not among its homes. */
function strayPackageImports(imports: readonly PackageImport[], homes: readonly PackageHome[] = packages): string[] {
  return imports.flatMap(({ unit, file, specifier }) => {
    const home = homes.find((h) => new RegExp(h.pattern).test(specifier));
    return home && !home.folders.includes(unit) ? [`${file} imports ${specifier}: ${home.names} belongs only in src/${home.folders.join(", src/")}`] : [];
  });
}

/** Folder cycles, each as the folders on it, found by Tarjan's strongly connected components. */
function folderCycles(edges: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) if (from !== to) next.set(from, (next.get(from) ?? new Set()).add(to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** Imports that reach a higher layer than their own, or a folder with no rank. */
function upwardImports(edges: readonly ImportEdge[], ranks: Readonly<Record<string, number>> = LAYER_RANK): string[] {
  return edges
    .filter(({ from, to }) => from !== to && !(ranks[from] !== undefined && ranks[to] !== undefined && ranks[to]! <= ranks[from]!))
    .map(({ file, specifier, from, to }) => `${file} imports ${specifier} (${from}, rank ${ranks[from] ?? "none"} → ${to}, rank ${ranks[to] ?? "none"})`);
}

describe("architecture", () => {
  const edges = importEdges();

  it("reads the imports of the source tree", () => {
    expect(edges.some((e) => e.from === "graphql" && e.to === "domain")).toBe(true);
  });

  it("gives every top-level folder of src/ a rank", () => {
    const units = [...new Set(sourceFiles(SRC).map(unitOf))];
    expect(units.filter((unit) => LAYER_RANK[unit] === undefined)).toEqual([]);
  });

  it("has no import from a lower layer to a higher one", () => {
    expect(upwardImports(edges)).toEqual([]);
  });

  it("has no cycle between folders", () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it("imports GraphQL only at the boundary (src/graphql, src/http) and the Neo4j driver only in src/neo4j", () => {
    const imports = packageImports();
    expect(imports.some((i) => i.unit === "neo4j" && i.specifier === "neo4j-driver")).toBe(true);
    expect(strayPackageImports(imports)).toEqual([]);
  });

  it("flags a package imported outside its homes", () => {
    const planted: PackageImport[] = [
      { unit: "errors", file: "errors/app-error.ts", specifier: "graphql" },
      { unit: "domain", file: "domain/x.ts", specifier: "type-graphql" },
      { unit: "graph", file: "graph/x.ts", specifier: "neo4j-driver" },
      { unit: "main.ts", file: "main.ts", specifier: "@apollo/server" },
      { unit: "http", file: "http/x.ts", specifier: "@apollo/server/errors" },
      { unit: "domain", file: "domain/y.ts", specifier: "dataloader" },
      { unit: "domain", file: "domain/z.ts", specifier: "graphql-like" },
    ];
    expect(strayPackageImports(planted).map((line) => line.split(" ")[0])).toEqual(["errors/app-error.ts", "domain/x.ts", "graph/x.ts", "main.ts"]);
  });

  it("flags an upward import and a cycle when there is one", () => {
    const planted: ImportEdge[] = [
      { from: "graph", to: "domain", file: "graph/x.ts", specifier: "../domain/y.js" },
      { from: "domain", to: "graph", file: "domain/y.ts", specifier: "../graph/x.js" },
    ];
    expect(upwardImports(planted)).toHaveLength(1);
    expect(folderCycles(planted)).toEqual([["domain", "graph"]]);
  });
});
