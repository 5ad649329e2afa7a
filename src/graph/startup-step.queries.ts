import { cypher } from "../neo4j/cypher-query.js";

/**
 * Start-up steps that go over the whole graph record here what they last applied, as
 * migrations do, so that a later start can tell there is nothing to do from one node
 * (migration 0012 makes `name` unique, which serves the lookup).
 */
export const STARTUP_STEP_VERSION = cypher("startupStep.version", `OPTIONAL MATCH (s:StartupStep {name: $name}) RETURN s.version AS version`);

export const RECORD_STARTUP_STEP = cypher(
  "startupStep.record",
  `MERGE (s:StartupStep {name: $name})
   SET s.version = $version, s.appliedAt = datetime()`,
);
