import { cypher } from "../neo4j/cypher-query.js";

export const COUNTRIES_PAGE = cypher(
  "countriesPage",
  `MATCH (c:Country)
   WHERE $after IS NULL OR c.sortName > $after.sort OR (c.sortName = $after.sort AND c.id > $after.id)
   WITH c ORDER BY c.sortName, c.id LIMIT $limit
   RETURN c { .id, .name, .isoCode, .sortName } AS country`,
);

export const COUNTRIES_COUNT = cypher("countriesCount", `MATCH (c:Country) RETURN count(c) AS total`);
