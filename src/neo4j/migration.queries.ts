import { cypher } from "./cypher-query.js";

export const APPLIED_MIGRATIONS = cypher("appliedMigrations", `MATCH (m:Migration) RETURN m.version AS version, m.name AS name, m.checksum AS checksum ORDER BY m.version`);

export const RECORD_MIGRATION = cypher(
  "recordMigration",
  `MERGE (m:Migration {version: $version})
   SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()`,
);

export const AWAIT_INDEXES = cypher("awaitIndexes", `CALL db.awaitIndexes($seconds)`);

export const AVAILABLE_ANALYZERS = cypher("availableAnalyzers", `CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN analyzer`);


export const FULLTEXT_INDEXES = cypher(
  "fulltextIndexes",
  `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
   RETURN name, labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
);
