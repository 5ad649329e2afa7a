import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { groupStatements, isNoOpOnEmptyGraph, isSchemaStatement, readMigrations, splitStatements } from "./migration-files.js";

describe("splitStatements", () => {
  it("splits on semicolons that end a line and drops comment lines", () => {
    const source = "// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y);\n";
    expect(splitStatements(source)).toEqual(["CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", "CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)"]);
  });

  it("keeps a semicolon inside a line, e.g. in a string", () => {
    expect(splitStatements("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe("readMigrations", () => {
  const dirWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
    return dir;
  };

  it("orders by version and gives each a stable checksum", () => {
    const dir = dirWith({ "0002_b.cypher": "RETURN 2;", "0001_a.cypher": "RETURN 1;" });
    const [first, second] = readMigrations(dir);
    expect(first?.name).toBe("0001_a");
    expect(second?.version).toBe(2);
    expect(readMigrations(dir)[0]?.checksum).toBe(first?.checksum);
  });

  it("rejects a misnamed file by name", () => {
    expect(() => readMigrations(dirWith({ "constraints.cypher": "RETURN 1;" }))).toThrowError(/constraints\.cypher is misnamed/);
  });

  it("rejects two files with one version", () => {
    expect(() => readMigrations(dirWith({ "0001_a.cypher": "RETURN 1;", "0001_b.cypher": "RETURN 1;" }))).toThrowError(/share version 1/);
  });

  it("reads the project's own migrations", () => {
    const migrations = readMigrations(path.resolve(import.meta.dirname, "../../cypher"));
    expect(migrations.length).toBeGreaterThanOrEqual(3);
    expect(migrations.every((m) => m.statements.length > 0)).toBe(true);
  });
});

describe("groupStatements", () => {
  it("puts consecutive schema statements in one transaction and each data statement in its own", () => {
    const statements = [
      "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
      "CREATE TEXT INDEX b IF NOT EXISTS FOR (n:B) ON (n.k)",
      "MATCH (n:A) SET n.x = 1",
      "MATCH (n:B) SET n.y = 2",
      "DROP INDEX c IF EXISTS",
      "create fulltext index c IF NOT EXISTS FOR (n:A) ON EACH [n.x]",
    ];
    expect(groupStatements(statements)).toEqual([
      { first: 0, statements: statements.slice(0, 2) },
      { first: 2, statements: [statements[2]] },
      { first: 3, statements: [statements[3]] },
      { first: 4, statements: statements.slice(4) },
    ]);
  });

  it("tells schema statements from data statements", () => {
    expect(isSchemaStatement("CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.x)")).toBe(true);
    expect(isSchemaStatement("CREATE (n:Index {x: 1})")).toBe(false);
    expect(isSchemaStatement("MATCH (n) WHERE n.x IS NULL SET n.x = 'CREATE INDEX'")).toBe(false);
  });
});

describe("isNoOpOnEmptyGraph", () => {
  it("knows a backfill that starts by matching changes nothing on a graph with no nodes", () => {
    expect(isNoOpOnEmptyGraph("MATCH (m:Meeting) WHERE m.status IS NULL SET m.status = 'HELD'")).toBe(true);
    expect(isNoOpOnEmptyGraph("match (n:Entity)\nWITH n, reduce(s = '', c IN split(n.x, '') | s + c) AS k SET n.k = k")).toBe(true);
  });
  it("sends whatever could write on an empty graph: a create or merge, an optional match, an aggregation, a union", () => {
    expect(isNoOpOnEmptyGraph('MERGE (:WriteLock {name: "articles"})')).toBe(false);
    expect(isNoOpOnEmptyGraph("OPTIONAL MATCH (n:A) CREATE (:B)")).toBe(false);
    expect(isNoOpOnEmptyGraph("MATCH (n:A) WITH count(n) AS c CREATE (:B {c: c})")).toBe(false);
    expect(isNoOpOnEmptyGraph("MATCH (n:A) WITH collect (n) AS all CREATE (:B)")).toBe(false);
    expect(isNoOpOnEmptyGraph("MATCH (n:A) RETURN n UNION CREATE (b:B) RETURN b AS n")).toBe(false);
    expect(isNoOpOnEmptyGraph("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)")).toBe(false);
  });
  it("sends the project's own backfill that aggregates per meeting", () => {
    const migrations = readMigrations(path.resolve(import.meta.dirname, "../../cypher"));
    const follows = migrations.find((m) => m.name === "0009_qualifiers_follows")!;
    expect(follows.statements.filter((s) => !isSchemaStatement(s)).map(isNoOpOnEmptyGraph)).toEqual([false]);
  });
});

describe("groupStatements across files", () => {
  it("groups items by the statement they carry, keeping each item", () => {
    const items = [
      { file: "a", statement: "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)" },
      { file: "b", statement: "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)" },
      { file: "b", statement: "MERGE (:C)" },
    ];
    expect(groupStatements(items, (i) => i.statement)).toEqual([
      { first: 0, statements: items.slice(0, 2) },
      { first: 2, statements: [items[2]] },
    ]);
  });
});
