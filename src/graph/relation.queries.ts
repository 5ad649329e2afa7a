import { cypher } from "../neo4j/cypher-query.js";
import { overlapsRange } from "./date-overlap.js";
import { matchFactRelationship } from "./fact-match.js";

/**
 * The date a relation is ordered and filtered by: a meeting's dates for relations to a
 * meeting, otherwise the fact's own span. `m` is the far end, `n` the entity in view.
 */
const RELATION_EARLIEST = `coalesce(CASE WHEN m:Meeting THEN m.dateEarliest WHEN n:Meeting THEN n.dateEarliest END, r.fromEarliest, r.certainStart, r.possibleStart)`;
const RELATION_LATEST = `coalesce(CASE WHEN m:Meeting THEN m.dateLatest WHEN n:Meeting THEN n.dateLatest END, r.untilLatest, r.certainEnd, r.possibleEnd)`;

/** The relation projection shared by every query that returns relations. */
export const RELATION_PROJECTION = `{factId: r.factId, type: type(r), selfId: n.id, otherId: m.id, subjectId: startNode(r).id, objectId: endNode(r).id, props: properties(r)}`;

/**
 * One query for a whole batch of (entity, relation filter) keys. Types are compared as
 * values, so the key's list (checked against the fixed enum) never becomes Cypher text.
 * A date range keeps relations whose possible dates overlap it; undated relations are
 * left out, since nothing places them in the range. LIMIT must be static, so `$cap` (the
 * largest any key asks for) bounds the work and each key's list is then cut to its own size.
 */
export const RELATIONS_BY_ENTITY = cypher(
  "relationsByEntity",
  `UNWIND $keys AS key
   MATCH (n:Entity {id: key.id})
   CALL (n, key) {
     MATCH (n)-[r]-(m:Entity)
     WHERE r.factId IS NOT NULL AND type(r) IN key.types
       AND (key.direction = 'BOTH' OR (key.direction = 'OUT') = (startNode(r) = n))
       AND (key.role IS NULL OR r.role = key.role)
       AND (key.countryId IS NULL OR r.countryId = key.countryId)
     WITH r, m, ${RELATION_EARLIEST} AS earliest, ${RELATION_LATEST} AS latest
     WHERE ${overlapsRange("earliest", "latest", "key.from", "key.to")}
     WITH r, m, earliest ORDER BY earliest IS NULL, earliest, r.factId
     LIMIT toInteger($cap)
     WITH key, collect(${RELATION_PROJECTION}) AS all
     RETURN all[..toInteger(key.limit)] AS relations
   }
   RETURN key.index AS index, relations`,
);

export const RELATIONS_BY_FACT_ID = cypher(
  "relationsByFactId",
  `UNWIND $ids AS id
   ${matchFactRelationship("id", { subject: "n", object: "m" })}
   RETURN ${RELATION_PROJECTION} AS relation`,
);

export const EVIDENCE_BY_FACT = cypher(
  "evidenceByFact",
  `UNWIND $ids AS id
   MATCH (f:Fact {id: id})<-[:SUPPORTS]-(e:Evidence)
   WITH id, e ORDER BY e.articleId, e.position
   RETURN id, collect(e {.*})[..toInteger($limit)] AS evidence`,
);

export const EVIDENCE_BY_ARTICLE = cypher(
  "evidenceByArticle",
  `UNWIND $ids AS id
   MATCH (a:Article {id: id})<-[:IN]-(e:Evidence)
   WITH id, e ORDER BY e.position, e.id
   RETURN id, collect(e {.*})[..toInteger($limit)] AS evidence`,
);
