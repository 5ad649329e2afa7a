import { ENTITY_KINDS } from "../model/entity-kinds.js";
import { COMMON_ENTITY_KEYS, ENTITY_KEYS, FACT_DATA_KEYS, FACT_IDENTITY_KEYS } from "../model/graph-keys.js";
import { cypher } from "../neo4j/cypher-query.js";
import { SET_SEARCH_FIELDS } from "./name-keys.js";
import { factRelationship, matchFactRelationship, optionalFactRelationship } from "./fact-match.js";
import { keptPlan } from "./kept-plan.js";

/**
 * The write path shared by the corpus loader and the ingestion API. Property names are
 * interpolated only from the fixed lists in src/model; labels and relationship types are
 * set dynamically from values the validator has checked against those lists; every value
 * arrives as a parameter. `$loadId` marks what one load created, so the load
 * can report created / updated / unchanged without a second read.
 */

const fillMissing = (variable: string, keys: readonly string[], source: string) =>
  keys.map((k) => `${variable}.${k} = coalesce(${variable}.${k}, ${source}.${k})`).join(",\n       ");

/**
 * An article's statements, one per stage: its node, entities, publisher and mentions
 * (WRITE_ARTICLE); its facts with their evidence, its qualifiers, and the evidence it no
 * longer gives (WRITE_FACTS). Each stage is a run of CALL subqueries over the one article
 * row, in the order the clauses are written, each seeing what the ones before it wrote;
 * few statements, since on a loaded machine every round trip and every statement's
 * execution set-up costs more than the few rows an article writes.
 */

/**
 * The article, and the annotation it was last ingested from on a node of its own
 * (`:ArticleSource`): the source never counts towards "changed", and article lists and
 * pages do not carry it unless asked.
 */
const MERGE_ARTICLE = `MERGE (a:Article {id: $id})
   ON CREATE SET a.createdAt = datetime(), a.createdBy = $loadId
   WITH a, properties(a) AS before
   SET a += $props
   WITH a, before
   OPTIONAL MATCH (a)-[old:PUBLISHED_BY]->(p) WHERE p.id <> $publisherId OR $publisherId IS NULL
   DELETE old
   WITH DISTINCT a, before
   MERGE (a)-[:SOURCE]->(s:ArticleSource {articleId: $id})
   SET s.json = $json`;

/** Every entity property any kind has: a kind's node simply leaves the others unset. */
const ALL_ENTITY_KEYS = [...new Set([...COMMON_ENTITY_KEYS, ...ENTITY_KINDS.flatMap((k) => ENTITY_KEYS[k])])];

/**
 * One plan for every kind: the label is set dynamically, from `row.kind`, which the
 * validator has checked against ENTITY_KINDS. The MERGE itself is on :Entity(id), the
 * uniqueness constraint that serializes concurrent writers.
 */
const MERGE_ENTITIES = `UNWIND $entities AS row
   MERGE (n:Entity {id: row.id})
   ON CREATE SET n:$(row.kind), n.createdAt = datetime(), n.createdBy = $loadId
   WITH n, row, properties(n) AS before
   SET ${fillMissing("n", ALL_ENTITY_KEYS, "row.props")},
       n.aliasRecords = reduce(acc = coalesce(n.aliasRecords, []), r IN row.aliasRecords | CASE WHEN r IN acc THEN acc ELSE acc + r END)
   SET n.aliasNames = [r IN n.aliasRecords | split(r, '\\t')[0]]
   SET n.searchNames = reduce(acc = coalesce(n.searchNames, []), w IN row.searchNames | CASE WHEN w IN acc THEN acc ELSE acc + w END)
   ${SET_SEARCH_FIELDS}
   RETURN collect({id: row.id, created: n.createdBy = $loadId, changed: before <> properties(n)}) AS entities`;

/** After the entities, since the publisher may be one this article declares. */
const LINK_PUBLISHER = `OPTIONAL MATCH (p:Organisation {id: $publisherId})
   WITH a, p WHERE p IS NOT NULL
   MERGE (a)-[:PUBLISHED_BY]->(p)`;

/**
 * An article's file says everything it declares, so its mentions are replaced, not merged.
 * Returns the entities it no longer mentions, which may now have nothing supporting them.
 */
const REPLACE_MENTIONS = `OPTIONAL MATCH (a)-[stale:MENTIONS]->(n) WHERE NOT n.id IN [m IN $mentions | m.id]
   WITH a, collect(n.id) AS dropped, collect(stale) AS staleMentions
   FOREACH (r IN staleMentions | DELETE r)
   WITH a, dropped
   CALL (a) {
     UNWIND $mentions AS m
     MATCH (n:Entity {id: m.id})
     MERGE (a)-[r:MENTIONS]->(n)
     SET r.forms = m.forms, r.quotes = m.quotes
   }
   RETURN dropped`;

/**
 * The article, its entities, its publisher and its mentions, in one statement: the
 * article's own created/changed, each entity's, and the entities it no longer mentions.
 */
export const WRITE_ARTICLE = cypher(
  "load.writeArticle",
  keptPlan(`${MERGE_ARTICLE}
   WITH a, a.createdBy = $loadId AS created, before <> properties(a) AS changed
   CALL () {
     ${MERGE_ENTITIES}
   }
   CALL (a) {
     ${LINK_PUBLISHER}
   }
   CALL (a) {
     ${REPLACE_MENTIONS}
   }
   RETURN created, changed, entities, dropped`),
);

/**
 * One plan for every fact type. A relationship MERGE with a dynamic type would scan every
 * relationship, so the typed relationship is CREATEd only when its Fact node is new: the
 * two are created in one transaction, and the Fact node's uniqueness constraint makes a
 * concurrent writer wait and then find both. `row.type` is checked against FACT_TYPES.
 */
const MERGE_FACTS = `UNWIND $facts AS row
   MATCH (s:Entity {id: row.subjectId})
   MATCH (o:Entity {id: row.objectId})
   MERGE (f:Fact {id: row.id})
   ON CREATE SET f.type = row.type, f.subjectId = row.subjectId, f.objectId = row.objectId,
                 f.createdAt = datetime(), f.createdBy = $loadId, f.disputed = false
   WITH a, s, o, f, row
   CALL (s, o, f, row) {
     WITH s, o, f, row WHERE f.createdBy = $loadId
     MERGE (f)-[:SUBJECT]->(s)
     MERGE (f)-[:OBJECT]->(o)
     CREATE (s)-[r:$(row.type)]->(o)
     SET r += row.identity, r += row.data, r.factId = row.id, r.disputed = false
     RETURN true AS changed
   UNION
     WITH s, o, f, row WHERE f.createdBy <> $loadId
     WITH row, ${factRelationship("s", "o", "row.id")} AS r
     WITH r, row, properties(r) AS before
     SET ${fillMissing("r", FACT_DATA_KEYS, "row.data")}
     RETURN before <> properties(r) AS changed
   }
   WITH a, f, row, changed
   CALL (a, f, row) {
     UNWIND row.evidence AS ev
     MERGE (e:Evidence {id: ev.id})
     ON CREATE SET e += ev.props, e.articleId = a.id, e.factId = f.id, e.createdAt = datetime(), e.createdBy = $loadId
     MERGE (e)-[:SUPPORTS]->(f)
     MERGE (e)-[:IN]->(a)
     RETURN sum(CASE WHEN e.createdBy = $loadId THEN 1 ELSE 0 END) AS newEvidence
   }
   RETURN collect({id: row.id, created: f.createdBy = $loadId, changed: changed OR newEvidence > 0, newEvidence: newEvidence}) AS facts`;

/** Qualifiers of facts: `(:Qualifier)-[:QUALIFIES]->(:Fact)` and `(:Qualifier)-[:IN]->(:Article)`, like evidence. */
const MERGE_QUALIFIERS = `UNWIND $qualifiers AS row
   MATCH (f:Fact {id: row.factId})
   MERGE (q:Qualifier {id: row.id})
   ON CREATE SET q.createdAt = datetime()
   SET q += row.props, q.factId = row.factId, q.articleId = a.id
   MERGE (q)-[:QUALIFIES]->(f)
   MERGE (q)-[:IN]->(a)`;

/**
 * What points IN to article `a`, read by expanding from it. The pattern carries no label
 * and no property predicate on purpose: given one, Neo4j may plan the read inside a
 * subquery as a scan of that label's whole id index, joined back to `a` (it did, for
 * evidence and qualifiers), and a kept plan would keep that scan as the graph grows.
 * Callers filter the list by label and id.
 */
const IN_ARTICLE = `[(a)<-[:IN]-(x) | x]`;

/** Qualifiers article `a` gave before but no longer gives (a corrected file, or a removal). */
const DROP_QUALIFIERS_NOT_KEPT = `UNWIND [q IN ${IN_ARTICLE} WHERE q:Qualifier AND NOT q.id IN $keepQualifiers] AS q
   DETACH DELETE q
   RETURN count(*) AS droppedQualifiers`;

/** Evidence article `a` gave before but no longer gives, and the facts it supported. */
const DROP_EVIDENCE_NOT_KEPT = `UNWIND [e IN ${IN_ARTICLE} WHERE e:Evidence AND NOT e.id IN $keep] AS e
   WITH e, head([(e)-[:SUPPORTS]->(f) | f.id]) AS factId
   DETACH DELETE e
   RETURN collect(DISTINCT factId) AS factIds, count(factId) AS dropped`;

/**
 * The article's facts with their evidence, its qualifiers (stale ones dropped, the rest
 * merged), then the evidence it no longer gives: each fact's created/changed and new
 * evidence, and the facts that lost evidence.
 */
export const WRITE_FACTS = cypher(
  "load.writeFacts",
  keptPlan(`MATCH (a:Article {id: $articleId})
   CALL (a) {
     ${MERGE_FACTS}
   }
   CALL (a) {
     ${DROP_QUALIFIERS_NOT_KEPT}
   }
   CALL (a) {
     ${MERGE_QUALIFIERS}
   }
   CALL (a) {
     ${DROP_EVIDENCE_NOT_KEPT}
   }
   RETURN facts, factIds, dropped`),
);

/** Qualifiers an article gave before but no longer gives: for a removal, `$keepQualifiers` is empty. */
export const DROP_STALE_QUALIFIERS = cypher(
  "load.dropStaleQualifiers",
  `MATCH (a:Article {id: $articleId})
   CALL (a) {
     ${DROP_QUALIFIERS_NOT_KEPT}
   }
   RETURN droppedQualifiers AS dropped`,
);

/** Evidence an article gave before but no longer gives: for a removal, `$keep` is empty. */
export const DROP_STALE_EVIDENCE = cypher(
  "load.dropStaleEvidence",
  `MATCH (a:Article {id: $articleId})
   CALL (a) {
     ${DROP_EVIDENCE_NOT_KEPT}
   }
   RETURN factIds, dropped`,
);

/** A fact with no evidence left is no longer in the graph, and neither is its relationship. */
export const PRUNE_UNSUPPORTED_FACTS = cypher(
  "load.pruneUnsupportedFacts",
  `UNWIND $factIds AS id
   MATCH (f:Fact {id: id}) WHERE NOT (f)<-[:SUPPORTS]-(:Evidence)
   OPTIONAL MATCH (q:Qualifier)-[:QUALIFIES]->(f)
   DETACH DELETE q
   WITH DISTINCT f, id
   ${optionalFactRelationship("f", "id", { subject: "s", object: "o" })}
   DELETE r
   DETACH DELETE f
   RETURN count(DISTINCT f) AS pruned`,
);

/** An entity no article declares any more has nothing supporting it. */
export const PRUNE_UNMENTIONED_ENTITIES = cypher(
  "load.pruneUnmentionedEntities",
  `UNWIND $entityIds AS id
   MATCH (n:Entity {id: id}) WHERE NOT (n)<-[:MENTIONS]-(:Article)
   DETACH DELETE n
   RETURN count(n) AS pruned`,
);

export const FACT_TIME_INPUTS = cypher(
  "load.factTimeInputs",
  keptPlan(`UNWIND $factIds AS id
   ${matchFactRelationship("id", { subject: "s", object: "o" })}
   OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(f) WHERE e.asOfEarliest IS NOT NULL
   RETURN id, r.fromEarliest AS fromEarliest, r.fromLatest AS fromLatest, r.untilEarliest AS untilEarliest, r.untilLatest AS untilLatest,
          collect({earliest: e.asOfEarliest, latest: e.asOfLatest}) AS observations`),
);

export const SET_FACT_SPANS = cypher(
  "load.setFactSpans",
  keptPlan(`UNWIND $spans AS span
   ${matchFactRelationship("span.id", { subject: "s", object: "o" })}
   SET r.certainStart = span.certainStart, r.certainEnd = span.certainEnd,
       r.possibleStart = span.possibleStart, r.possibleEnd = span.possibleEnd,
       r.evidenceCount = COUNT { (f)<-[:SUPPORTS]-(:Evidence) }`),
);

export const ARTICLE_ENTITY_IDS = cypher("load.articleEntityIds", `MATCH (a:Article {id: $articleId})-[:MENTIONS]->(n) RETURN collect(n.id) AS ids`);

export const DELETE_ARTICLE = cypher(
  "load.deleteArticle",
  `MATCH (a:Article {id: $articleId})
   OPTIONAL MATCH (a)-[:SOURCE]->(s:ArticleSource)
   DETACH DELETE s, a
   RETURN count(DISTINCT a) AS deleted`,
);

export const COUNT_ARTICLES = cypher("load.countArticles", `MATCH (a:Article) RETURN count(a) AS total`);

export { FACT_IDENTITY_KEYS };
