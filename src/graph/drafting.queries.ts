import { cypher } from "../neo4j/cypher-query.js";

/**
 * Every entity's names, for the drafter's gazetteer: the graph's own names and
 * aliases are what lets a draft link to what editors already added. Bounded by
 * $limit; the kind is the one entity label the node carries from $kinds.
 */
export const DRAFT_GAZETTEER = cypher(
  "drafting.gazetteer",
  `MATCH (n:Entity)
   WITH n LIMIT toInteger($limit)
   RETURN n.id AS id, [l IN labels(n) WHERE l IN $kinds][0] AS kind, n.name AS name, coalesce(n.aliasNames, []) AS aliases`,
);
