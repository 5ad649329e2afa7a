import { ENTITY_PROJECTION } from "./entity.row.js";
import { cypher } from "../neo4j/cypher-query.js";
import { RELATION_PROJECTION } from "./relation.queries.js";

/**
 * Existing entities whose names share words with each item's name, for every item at once:
 * the warnings an ingest returns and the candidates an editor looks up. Entities the
 * request itself declares are left out.
 */
export const SIMILAR_ENTITIES = cypher(
  "editing.similarEntities",
  `UNWIND $items AS item
   CALL (item) {
     UNWIND $indexes AS indexName
     CALL db.index.fulltext.queryNodes(indexName, item.query, {limit: toInteger($candidates)}) YIELD node, score
     WITH node AS n, max(score) AS score
     WHERE (item.kind IS NULL OR item.kind IN labels(n)) AND NOT n.id IN $exclude
     WITH n, score ORDER BY score DESC, n.id LIMIT toInteger($candidates)
     RETURN collect({entity: ${ENTITY_PROJECTION}, score: score}) AS matches
   }
   RETURN item.key AS key, matches`,
);

/** Finds a fact's relationship through its Fact node; the caller then changes it and records who did. */
const MATCH_FACT = `MATCH (f:Fact {id: $factId})-[:SUBJECT]->(n)
   MATCH (f)-[:OBJECT]->(m)
   MATCH (n)-[r {factId: $factId}]->(m)`;

export const SET_DISPUTED = cypher(
  "editing.setDisputed",
  `${MATCH_FACT}
   WITH f, n, m, r, r.disputed AS before
   SET f.disputed = $disputed, r.disputed = $disputed, r.disputeNote = CASE WHEN $disputed THEN $note ELSE null END,
       f.updatedAt = datetime(), f.updatedBy = $by
   CREATE (c:Correction {id: randomUUID(), factId: f.id, action: CASE WHEN $disputed THEN 'DISPUTE' ELSE 'UNDISPUTE' END,
                         field: 'disputed', oldValue: toString(coalesce(before, false)), newValue: toString($disputed),
                         note: $note, by: $by, at: datetime()})-[:CORRECTS]->(f)
   RETURN ${RELATION_PROJECTION} AS relation`,
);

export const FACT_FIELD_VALUE = cypher(
  "editing.factFieldValue",
  `${MATCH_FACT}
   RETURN ${RELATION_PROJECTION} AS relation`,
);

export const SET_FACT_DATA = cypher(
  "editing.setFactData",
  `${MATCH_FACT}
   SET r += $props, f.updatedAt = datetime(), f.updatedBy = $by
   CREATE (c:Correction {id: randomUUID(), factId: f.id, action: 'CORRECT', field: $field, oldValue: $oldValue,
                         newValue: $newValue, note: $note, by: $by, at: datetime()})-[:CORRECTS]->(f)
   RETURN ${RELATION_PROJECTION} AS relation`,
);

export const CORRECTIONS_BY_FACT = cypher(
  "editing.correctionsByFact",
  `UNWIND $ids AS id
   MATCH (f:Fact {id: id})<-[:CORRECTS]-(c:Correction)
   WITH id, c ORDER BY c.at DESC
   RETURN id, collect(c {.*, at: toString(c.at)})[..toInteger($limit)] AS corrections`,
);
