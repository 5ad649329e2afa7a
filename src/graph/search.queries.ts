import { ENTITY_PROJECTION, projectEntityValues } from "./entity.row.js";
import { cypher } from "../neo4j/cypher-query.js";

/**
 * One search over both name indexes (`$indexes`: NAME_INDEXES): Latin names folded, and
 * Thai split into words. Each index returns its best `$candidates` entities, and an
 * entity found by both keeps its higher score. The top `$first` by merged score are always
 * among each index's own top `$first`, so `$candidates` only needs to exceed `$first` when
 * a kind filter, which runs after the indexes, may discard some. Only the page is
 * projected: with the properties in `$keys`, as values (see projectEntityValues), when it
 * lists them; whole otherwise.
 */
export const SEARCH_ENTITIES = cypher(
  "search.entities",
  `UNWIND $indexes AS indexName
   CALL db.index.fulltext.queryNodes(indexName, $query, {limit: toInteger($candidates)}) YIELD node, score
   WITH node AS n, max(score) AS score
   WHERE $kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds)
   WITH n, score ORDER BY score DESC, n.sortName, n.id
   LIMIT toInteger($first)
   RETURN CASE WHEN $keys IS NULL THEN ${ENTITY_PROJECTION} ELSE ${projectEntityValues("n", "$keys")} END AS entity, score`,
);
