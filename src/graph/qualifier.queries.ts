import { cypher } from "../neo4j/cypher-query.js";

/**
 * Qualifiers of facts: `(:Qualifier)-[:QUALIFIES]->(:Fact)` and `(:Qualifier)-[:IN]->(:Article)`,
 * like evidence, so an article's qualifiers come and go with the article.
 */
export const QUALIFIERS_BY_FACT = cypher(
  "qualifiersByFact",
  `UNWIND $ids AS id
   MATCH (f:Fact {id: id})<-[:QUALIFIES]-(q:Qualifier)
   WITH id, q ORDER BY q.property, q.articleId, q.position
   RETURN id, collect(q {.*})[..toInteger($limit)] AS qualifiers`,
);
