import { cypher } from "../neo4j/cypher-query.js";

/**
 * Takes the articles' write lock for the rest of the transaction (migration 0011 creates
 * the node; MERGE makes it again on a graph that lost it). Writing a property is what makes
 * Neo4j lock the node exclusively; it is released at commit or rollback.
 */
export const TAKE_ARTICLES_WRITE_LOCK = cypher(
  "editing.takeArticlesWriteLock",
  `MERGE (l:WriteLock {name: "articles"})
   SET l.heldBy = $holder`,
);
