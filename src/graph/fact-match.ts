/**
 * Finding a fact's relationship, defined once. A relationship cannot be looked up by a
 * property without scanning every relationship of its type, but its (:Fact) node can, by
 * the uniqueness constraint on Fact.id; the fact's SUBJECT and OBJECT edges then give the
 * two endpoints, and the relationship is the one between them that carries the fact's id.
 * It is read as a pattern comprehension from the two bound endpoints, which Neo4j always
 * plans as an expansion from them: a `MATCH (s)-[r {factId: …}]->(o)` could be planned as a
 * scan of every relationship while the database has no statistics (a fresh graph).
 * `factId` is a Cypher expression (a parameter or an UNWIND variable); the other arguments
 * name the variables the caller goes on to use.
 */
export function factRelationship(subject: string, object: string, factId: string): string {
  return `head([(${subject})-[factRel]->(${object}) WHERE factRel.factId = ${factId} | factRel])`;
}

/**
 * Binds the fact node, its endpoints and its relationship; rows whose relationship is gone
 * are dropped. The fact is found by its id's index, as the hint says: planned on a small
 * graph without it, Neo4j may scan every fact's id and join, and a kept plan (see
 * keptPlan) would go on scanning as the graph grows (it did, for each fact of each load).
 */
export function matchFactRelationship(factId: string, names: { fact?: string; subject: string; object: string; relationship?: string }): string {
  const { fact = "f", subject, object, relationship = "r" } = names;
  return `MATCH (${fact}:Fact {id: ${factId}})-[:SUBJECT]->(${subject}) USING INDEX ${fact}:Fact(id)
   MATCH (${fact})-[:OBJECT]->(${object})
   WITH *, ${factRelationship(subject, object, factId)} AS ${relationship} WHERE ${relationship} IS NOT NULL`;
}

/** The relationship of a fact node already bound to `fact`, if it is still there: for deleting both. */
export function optionalFactRelationship(fact: string, factId: string, names: { subject: string; object: string; relationship?: string }): string {
  const { subject, object, relationship = "r" } = names;
  return `OPTIONAL MATCH (${fact})-[:SUBJECT]->(${subject})
   OPTIONAL MATCH (${fact})-[:OBJECT]->(${object})
   WITH *, ${factRelationship(subject, object, factId)} AS ${relationship}`;
}
