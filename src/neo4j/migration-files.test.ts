import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { groupStatements, isSchemaStatement, readMigrations, splitStatements } from "./migration-files.js";

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
