import { ENTITY_PROJECTION, projectEntityValues } from "./entity.row.js";
import { cypher } from "../neo4j/cypher-query.js";

export const ENTITIES_BY_ID = cypher(
  "entitiesById",
  `UNWIND $ids AS id
   MATCH (n:Entity {id: id})
   RETURN ${ENTITY_PROJECTION} AS entity`,
);

/** Entities by id, each with only the properties its key lists (`key.keys`). */
export const ENTITIES_BY_ID_WITH_KEYS = cypher(
  "entitiesByIdWithKeys",
  `UNWIND $keys AS key
   MATCH (n:Entity {id: key.id})
   RETURN key.index AS index, ${projectEntityValues("n", "key.keys")} AS entity`,
);

export const ARTICLES_BY_ID = cypher(
  "articlesById",
  `UNWIND $ids AS id
   MATCH (a:Article {id: id})
   OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p:Organisation)
   RETURN a { .*, publisherId: p.id } AS article`,
);

export const MENTIONS_BY_ENTITY = cypher(
  "mentionsByEntity",
  `UNWIND $ids AS id
   MATCH (n:Entity {id: id})
   CALL (n) {
     MATCH (a:Article)-[m:MENTIONS]->(n)
     WITH a, m ORDER BY a.publishedEarliest DESC, a.id LIMIT toInteger($limit)
     RETURN collect({articleId: a.id, entityId: n.id, forms: m.forms, quotes: m.quotes}) AS mentions
   }
   RETURN id, mentions`,
);

export const MENTIONS_BY_ARTICLE = cypher(
  "mentionsByArticle",
  `UNWIND $ids AS id
   MATCH (a:Article {id: id})
   CALL (a) {
     MATCH (a)-[m:MENTIONS]->(n:Entity)
     WITH n, m ORDER BY n.sortName, n.id LIMIT toInteger($limit)
     RETURN collect({articleId: a.id, entityId: n.id, forms: m.forms, quotes: m.quotes}) AS mentions
   }
   RETURN id, mentions`,
);

export const SOURCES_BY_ARTICLE = cypher(
  "entity.sourcesByArticle",
  `UNWIND $ids AS id
   MATCH (:Article {id: id})-[:SOURCE]->(s:ArticleSource)
   RETURN id, s.json AS json`,
);
