import { cypher } from "../neo4j/cypher-query.js";
import { SET_SEARCH_FIELDS } from "./name-keys.js";

/** An entity's names as stored (name, then aliases) and the further search forms it has. */
export interface NamedEntityRow {
  id: string;
  names: string[];
  searchNames: string[];
}

/**
 * Entities with a name or alias in Khmer script (U+1780–U+17FF), whose words the name
 * index can find only through forms split in advance (see segmentedNames).
 */
export const KHMER_NAMED_ENTITIES = cypher(
  "search.khmerNamedEntities",
  `MATCH (n:Entity)
   WITH n, [n.name] + coalesce(n.aliasNames, []) AS names
   WHERE any(name IN names WHERE name =~ '(?s).*[\\\\x{1780}-\\\\x{17FF}].*')
   RETURN n.id AS id, names, coalesce(n.searchNames, []) AS searchNames`,
);

/** Adds search forms to entities (keeping those they have) and remakes the indexed fields from them. */
export const ADD_SEARCH_NAMES = cypher(
  "search.addSearchNames",
  `UNWIND $rows AS row
   MATCH (n:Entity {id: row.id})
   SET n.searchNames = reduce(acc = coalesce(n.searchNames, []), w IN row.searchNames | CASE WHEN w IN acc THEN acc ELSE acc + w END)
   SET n.aliasNames = coalesce(n.aliasNames, [])
   ${SET_SEARCH_FIELDS}
   RETURN count(n) AS updated`,
);
