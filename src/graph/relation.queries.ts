import { overlapsRange } from "./date-overlap.js";
import { projectEntityValues } from "./entity.row.js";
import { matchFactRelationship } from "./fact-match.js";
import { FACT_TYPES, type FactType } from "../model/fact-types.js";
import { cypher, type CypherQuery } from "../neo4j/cypher-query.js";
import { BoundedCache, STATEMENT_CACHE_ENTRIES } from "./bounded-cache.js";
import { STATEMENT_RELATION_COUNTRY } from "./relation.row.js";

/**
 * The date a relation is ordered and filtered by: a meeting's dates for relations to a
 * meeting, otherwise the fact's own span. `m` is the far end; `nEarliest` and `nLatest` are
 * the dates of the entity in view when it is a meeting, read once per key rather than per
 * relation. The fact's own dates are read only when no meeting dates it: written as CASE
 * branches rather than one coalesce, since the planner reads every property a coalesce
 * names for every row (three reads per participation of a meeting, all unused).
 */
const RELATION_EARLIEST = `CASE WHEN m:Meeting THEN coalesce(m.dateEarliest, r.fromEarliest, r.certainStart, r.possibleStart)
       WHEN nEarliest IS NOT NULL THEN nEarliest
       ELSE coalesce(r.fromEarliest, r.certainStart, r.possibleStart) END`;
const RELATION_LATEST = `coalesce(CASE WHEN m:Meeting THEN m.dateLatest ELSE nLatest END, r.untilLatest, r.certainEnd, r.possibleEnd)`;

/** The relation projection shared by every query that returns relations. */
export const RELATION_PROJECTION = `{factId: r.factId, type: type(r), selfId: n.id, otherId: m.id, subjectId: startNode(r).id, objectId: endNode(r).id, props: properties(r)}`;

/** Which relationships a key walks: their types (from the fixed list) and direction. */
export interface RelationShape {
  types: readonly FactType[];
  direction: "OUT" | "IN" | "BOTH";
}

const ARROWS = { OUT: ["-", "->"], IN: ["<-", "-"], BOTH: ["-", "-"] } as const;

/**
 * The relations one batch of keys asks for, in one statement. Each shape present in the
 * batch gets its own branch, whose pattern names its types and direction, so Neo4j expands
 * only those relationships of the node (a type filter after the match would walk all of
 * them). Types come only from the fixed list, checked here. A date range keeps relations
 * whose possible dates overlap it; undated relations are left out, since nothing places
 * them in the range. LIMIT must be static, so `$cap` (the largest any key asks for) bounds
 * the work and each key's list is then cut to its own size.
 *
 * Only the relationship properties in `key.relationKeys` are read, as values in that order,
 * when the key lists them (the fields the client selected); every property otherwise.
 * The far end comes with each relation when `key.otherKeys` lists the properties the client
 * selected under `other`, `subject` or `object`, so it costs no other round trip nor reads
 * unused properties (its id is then read once, in it, not again as `otherId`). The represented countries come too, when any key's `countryKeys` asks
 * for them: each relation carries only its `countryId`, and each country is read once per
 * batch, with the properties in `$countryKeys` (every key's, together), however many of the
 * batch's participants represented it.
 *
 * One row per key that found its entity: `index` and `relations`, and on the first row only,
 * `countries`. Not one row holding the whole batch: the driver decodes a record larger than
 * a Bolt chunk through a slow path that walks every chunk for each value it reads, which made
 * decoding one 98 kB row the largest single cost of a 20-meeting page.
 */
export function relationsByEntityQuery(shapes: readonly RelationShape[]): CypherQuery {
  const name = `relationsByEntity[${shapeNames(shapes)}]`;
  return cypher(
    name,
    `UNWIND $keys AS key
   MATCH (n:Entity {id: key.id})
   ${relationsOfNode(shapes)}
   WITH collect({index: key.index, relations: relations}) AS results
   ${countriesOf("results", "UNWIND results AS result")}
   UNWIND range(0, size(results) - 1) AS i
   RETURN results[i].index AS index, results[i].relations AS relations, CASE WHEN i = 0 THEN countries END AS countries`,
  );
}

/** How a statement's name tells its shapes apart: `IN:PARTICIPATED_IN,OUT:HELD_IN`. */
export const shapeNames = (shapes: readonly RelationShape[]) => shapes.map((s) => `${s.direction}:${s.types.join("|")}`).join(",");

/**
 * The relations of the entity `n` that the key `key` asks for, as `relations`: the one
 * body of the relations statement, which the batch above runs for each key and a list's
 * statement for each of its items (`relatedOf`). `key` is a key as `relationParams` writes
 * it; the statement supplies `$cap`. It leaves `n`, `key` and `relations` in scope.
 */
function relationsOfNode(shapes: readonly RelationShape[]): string {
  const branches = shapes.map(({ types, direction }, index) => {
    for (const type of types) if (!FACT_TYPES.includes(type)) throw new Error(`not a fact type: ${type}`);
    const [left, right] = ARROWS[direction];
    return `WITH n, key WHERE key.shape = ${index}
       MATCH (n)${left}[r:${types.join("|")}]${right}(m:Entity) RETURN r, m`;
  });
  return `WITH n, key, CASE WHEN n:Meeting THEN n.dateEarliest END AS nEarliest, CASE WHEN n:Meeting THEN n.dateLatest END AS nLatest
   CALL (n, key, nEarliest, nLatest) {
     CALL (n, key) {
       ${branches.join("\n       UNION ALL\n       ")}
     }
     WITH n, key, nEarliest, nLatest, r, m WHERE r.factId IS NOT NULL
       AND (key.role IS NULL OR r.role = key.role)
       AND (key.countryId IS NULL OR r.countryId = key.countryId)
       AND (key.otherKinds IS NULL OR any(label IN labels(m) WHERE label IN key.otherKinds))
     WITH n, key, nLatest, r, m, ${RELATION_EARLIEST} AS earliest
     // The latest day is worked out only when a range is asked for (CASE is lazy).
     WHERE CASE WHEN key.from IS NULL AND key.to IS NULL THEN true
       ELSE any(latest IN [${RELATION_LATEST}] WHERE ${overlapsRange("earliest", "latest", "key.from", "key.to")}) END
     WITH n, key, r, m, earliest ORDER BY earliest IS NULL, earliest, r.factId
     LIMIT toInteger($cap)
     // One list per relation, in StatementRelation's order (relation.row.ts).
     WITH n, key, collect([r.factId, type(r), startNode(r) = n, CASE WHEN key.otherKeys IS NULL THEN m.id END,
       CASE WHEN key.relationKeys IS NULL THEN properties(r) ELSE [k IN key.relationKeys | r[k]] END,
       CASE WHEN key.otherKeys IS NOT NULL THEN ${projectEntityValues("m", "key.otherKeys")} END,
       CASE WHEN key.countryKeys IS NOT NULL THEN r.countryId END]) AS all
     RETURN all[..toInteger(key.limit)] AS relations
   }`;
}

/**
 * For the entity `n` in scope, the relations each key of the list `keys` (a variable in
 * scope) asks for, as `related`: one `{index, relations}` per key, `index` being the key's
 * own. What a list's statement runs for each item of its page, so the page brings its
 * items' relations with it (graph/list.queries.ts).
 */
export function relatedOf(shapes: readonly RelationShape[], keys: string): string {
  return `CALL (n, ${keys}) {
     UNWIND ${keys} AS key
     ${relationsOfNode(shapes)}
     RETURN collect({index: key.index, relations: relations}) AS related
   }`;
}

/**
 * The represented countries of a statement's relations, each read once, with the
 * properties in `$countryKeys`, as `countries`: `scope` is the variable holding the
 * results, and `results` the clauses that bind each `{index, relations}` of them as `result`.
 */
export function countriesOf(scope: string, results: string): string {
  return `CALL (${scope}) {
     ${results}
     UNWIND result.relations AS relation
     WITH DISTINCT relation[${STATEMENT_RELATION_COUNTRY}] AS countryId WHERE countryId IS NOT NULL
     MATCH (c:Country {id: countryId})
     RETURN collect(${projectEntityValues("c", "$countryKeys")}) AS countries
   }`;
}

const composed = new BoundedCache<string, CypherQuery>(STATEMENT_CACHE_ENTRIES);

/** The statement for a batch's shapes, built once per combination and kept, in a bounded cache (bounded-cache.ts). */
export function relationsByEntity(shapes: readonly RelationShape[]): CypherQuery {
  const key = JSON.stringify(shapes);
  return composed.getOrCreate(key, () => relationsByEntityQuery(shapes));
}

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
