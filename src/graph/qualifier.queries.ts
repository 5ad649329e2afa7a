import { cypher } from "../neo4j/cypher-query.js";

/**
 * Qualifiers of facts: `(:Qualifier)-[:QUALIFIES]->(:Fact)` and `(:Qualifier)-[:IN]->(:Article)`,
 * like evidence, so an article's qualifiers come and go with the article.
 */
export const MERGE_QUALIFIERS = cypher(
  "load.mergeQualifiers",
  `MATCH (a:Article {id: $articleId})
   UNWIND $rows AS row
   MATCH (f:Fact {id: row.factId})
   MERGE (q:Qualifier {id: row.id})
   ON CREATE SET q.createdAt = datetime()
   SET q += row.props, q.factId = row.factId, q.articleId = a.id
   MERGE (q)-[:QUALIFIES]->(f)
   MERGE (q)-[:IN]->(a)
   RETURN count(q) AS merged`,
);

/** Qualifiers this article gave before but no longer gives (a corrected file, or a removal). */
export const DROP_STALE_QUALIFIERS = cypher(
  "load.dropStaleQualifiers",
  `MATCH (:Article {id: $articleId})<-[:IN]-(q:Qualifier)
   WHERE NOT q.id IN $keep
   DETACH DELETE q
   RETURN count(*) AS dropped`,
);

export const QUALIFIERS_BY_FACT = cypher(
  "qualifiersByFact",
  `UNWIND $ids AS id
   MATCH (f:Fact {id: id})<-[:QUALIFIES]-(q:Qualifier)
   WITH id, q ORDER BY q.property, q.articleId, q.position
   RETURN id, collect(q {.*})[..toInteger($limit)] AS qualifiers`,
);
