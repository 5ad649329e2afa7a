import { cypher } from "./cypher-query.js";

/**
 * What start-up needs before migrating, in one read: the full-text analyzers this Neo4j has,
 * the migrations already applied, and whether the graph has no node at all (a new graph,
 * which no backfill needs to visit).
 */
export const MIGRATION_STATE = cypher(
  "migrationState",
  `CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer
   WITH collect(analyzer) AS analyzers
   OPTIONAL MATCH (m:Migration)
   RETURN analyzers, [x IN collect(m) | {version: x.version, checksum: x.checksum}] AS applied, NOT EXISTS { MATCH (n) } AS empty`,
);

/** Records applied migrations, all at once. */
export const RECORD_MIGRATIONS = cypher(
  "recordMigrations",
  `UNWIND $rows AS row
   MERGE (m:Migration {version: row.version})
   SET m.name = row.name, m.checksum = row.checksum, m.appliedAt = datetime()`,
);

export const AWAIT_INDEXES = cypher("awaitIndexes", `CALL db.awaitIndexes($seconds)`);

export const FULLTEXT_INDEXES = cypher(
  "fulltextIndexes",
  `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
   RETURN name, labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
);
