import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher } from "../src/neo4j/cypher-query.js";
import { MigrationError, migrate } from "../src/neo4j/migrate.js";
import { ENTITY_KINDS } from "../src/model/entity-kinds.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
const dir = mkdtempSync(path.join(tmpdir(), "diplograph-migrations-"));
beforeAll(async () => {
  helper = await TestHelper.create();
});
afterAll(async () => {
  await helper.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("migrations", () => {
  it("records the applied version in the graph", async () => {
    const rows = await helper.executor.read<{ version: number; name: string }>(
      cypher("test.migrations", `MATCH (m:Migration) RETURN m.version AS version, m.name AS name ORDER BY version`),
    );
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(["0001_constraints", "0002_indexes", "0003_fulltext"]));
  });

  it("stops with a message naming the file, the statement and Neo4j's error code and message when a migration fails, and records nothing of it", async () => {
    writeFileSync(path.join(dir, "9990_broken.cypher"), "CREATE INDEX broken_one IF NOT EXISTS FOR (n:Nothing) ON (n.x);\nCREATE INDX oops FOR (n:Nothing) ON (n.y);\n");
    const attempt = migrate(helper.executor, helper.logger, dir);
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(/^Migration 9990_broken\.cypher failed: statement 2: Neo\.ClientError\.Statement\.SyntaxError: Invalid input 'oops'/);
    const recorded = await helper.executor.read(cypher("test.brokenRecorded", `MATCH (m:Migration {version: 9990}) RETURN m`));
    expect(recorded).toEqual([]);
    await helper.executor.write(cypher("test.dropBrokenIndex", `DROP INDEX broken_one IF EXISTS`));
  });

  it("indexes topics (0010): both name indexes cover every entity kind with their analyzers, and topics have their name-key and id indexes", async () => {
    const fulltext = await helper.executor.read<{ name: string; labels: string[]; analyzer: string }>(
      cypher(
        "test.nameIndexes",
        `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, options WHERE name IN ['entity_names', 'entity_names_thai'] RETURN name, labelsOrTypes AS labels, options.indexConfig['fulltext.analyzer'] AS analyzer ORDER BY name`,
      ),
    );
    expect(fulltext.map((r) => [r.name, r.analyzer])).toEqual([
      ["entity_names", "standard-folding"],
      ["entity_names_thai", "thai"],
    ]);
    for (const index of fulltext) expect([...index.labels].sort()).toEqual([...ENTITY_KINDS].sort());
    const topicIndexes = await helper.executor.read<{ name: string; type: string }>(
      cypher("test.topicIndexes", `SHOW INDEXES YIELD name, type, labelsOrTypes WHERE labelsOrTypes = ['Topic'] RETURN name, type ORDER BY name`),
    );
    expect(topicIndexes).toEqual([
      { name: "topic_id", type: "RANGE" },
      { name: "topic_name_keys", type: "TEXT" },
    ]);
    const recorded = await helper.executor.read<{ name: string }>(cypher("test.topicsMigration", `MATCH (m:Migration {version: 10}) RETURN m.name AS name`));
    expect(recorded).toEqual([{ name: "0010_topics" }]);
  });

  it("applies nothing twice: a second run finds every migration already applied", async () => {
    const second = await migrate(helper.executor, helper.logger);
    expect(second.applied).toEqual([]);
  });
});
