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
 * arrives as a parameter. Each article's `loadId` marks what its load created, so the load
 * can report created / updated / unchanged without a second read.
 */

const fillMissing = (variable: string, keys: readonly string[], source: string) =>
  keys.map((k) => `${variable}.${k} = coalesce(${variable}.${k}, ${source}.${k})`).join(",\n       ");

/**
 * A batch of articles is one statement: `UNWIND $articles AS art CALL (art) { … }` writes
 * each article in turn, in the batch's order, and each execution of a CALL subquery sees
 * what the ones before it wrote, so every article sees the articles before it exactly as it
 * would had each had a transaction of its own (a later article finds the entities an
 * earlier one created, or re-creates what an earlier correction pruned). Inside, each stage
 * is a CALL subquery over the one article row `art`, in the order the clauses are written,
 * each seeing what the ones before it wrote. One statement for the batch, since on a loaded
 * machine every round trip and every statement's set-up costs more than the few rows an
 * article writes.
 *
 * `art` carries: id, props, publisherId, json (the annotation), loadId (new for each
 * article, so each reports what it created), entities, mentions, facts, qualifiers,
 * keepQualifiers and keep (the qualifier and evidence ids the file still gives), index.
 */

/**
 * The article, and the annotation it was last ingested from on a node of its own
 * (`:ArticleSource`): the source never counts towards "changed", and article lists and
 * pages do not carry it unless asked.
 */
const MERGE_ARTICLE = `MERGE (a:Article {id: art.id})
   ON CREATE SET a.createdAt = datetime(), a.createdBy = art.loadId
   WITH art, a, properties(a) AS before
   SET a += art.props
   WITH art, a, before
   CALL (art, a) {
     OPTIONAL MATCH (a)-[old:PUBLISHED_BY]->(p) WHERE p.id <> art.publisherId OR art.publisherId IS NULL
     DELETE old
   }
   MERGE (a)-[:SOURCE]->(s:ArticleSource {articleId: art.id})
   SET s.json = art.json`;

/** Every entity property any kind has: a kind's node simply leaves the others unset. */
const ALL_ENTITY_KEYS = [...new Set([...COMMON_ENTITY_KEYS, ...ENTITY_KINDS.flatMap((k) => ENTITY_KEYS[k])])];

/**
 * One plan for every kind: the label is set dynamically, from `row.kind`, which the
 * validator has checked against ENTITY_KINDS. The MERGE itself is on :Entity(id), the
 * uniqueness constraint that serializes concurrent writers.
 */
const MERGE_ENTITIES = `UNWIND art.entities AS row
   MERGE (n:Entity {id: row.id})
   ON CREATE SET n:$(row.kind), n.createdAt = datetime(), n.createdBy = art.loadId
   WITH art, n, row, properties(n) AS before
   SET ${fillMissing("n", ALL_ENTITY_KEYS, "row.props")},
       n.aliasRecords = reduce(acc = coalesce(n.aliasRecords, []), r IN row.aliasRecords | CASE WHEN r IN acc THEN acc ELSE acc + r END)
   SET n.aliasNames = [r IN n.aliasRecords | split(r, '\\t')[0]]
   SET n.searchNames = reduce(acc = coalesce(n.searchNames, []), w IN row.searchNames | CASE WHEN w IN acc THEN acc ELSE acc + w END)
   ${SET_SEARCH_FIELDS}
   RETURN collect({id: row.id, created: n.createdBy = art.loadId, changed: before <> properties(n)}) AS entities`;

/** After the entities, since the publisher may be one this article declares. */
const LINK_PUBLISHER = `OPTIONAL MATCH (p:Organisation {id: art.publisherId})
   WITH a, p WHERE p IS NOT NULL
   MERGE (a)-[:PUBLISHED_BY]->(p)`;

/**
 * An article's file says everything it declares, so its mentions are replaced, not merged.
 * Returns the entities it no longer mentions, which may now have nothing supporting them.
 */
const REPLACE_MENTIONS = `OPTIONAL MATCH (a)-[stale:MENTIONS]->(n) WHERE NOT n.id IN [m IN art.mentions | m.id]
   WITH art, a, collect(n.id) AS unmentioned, collect(stale) AS staleMentions
   FOREACH (r IN staleMentions | DELETE r)
   WITH art, a, unmentioned
   CALL (art, a) {
     UNWIND art.mentions AS m
     MATCH (n:Entity {id: m.id})
     MERGE (a)-[r:MENTIONS]->(n)
     SET r.forms = m.forms, r.quotes = m.quotes
   }
   RETURN unmentioned`;

/**
 * One plan for every fact type. A relationship MERGE with a dynamic type would scan every
 * relationship, so the typed relationship is CREATEd only when its Fact node is new: the
 * two are created in one transaction, and the Fact node's uniqueness constraint makes a
 * concurrent writer wait and then find both. `row.type` is checked against FACT_TYPES.
 */
const MERGE_FACTS = `UNWIND art.facts AS row
   MATCH (s:Entity {id: row.subjectId})
   MATCH (o:Entity {id: row.objectId})
   MERGE (f:Fact {id: row.id})
   ON CREATE SET f.type = row.type, f.subjectId = row.subjectId, f.objectId = row.objectId,
                 f.createdAt = datetime(), f.createdBy = art.loadId, f.disputed = false
   WITH art, a, s, o, f, row
   CALL (art, s, o, f, row) {
     WITH art, s, o, f, row WHERE f.createdBy = art.loadId
     MERGE (f)-[:SUBJECT]->(s)
     MERGE (f)-[:OBJECT]->(o)
     CREATE (s)-[r:$(row.type)]->(o)
     SET r += row.identity, r += row.data, r.factId = row.id, r.disputed = false
     RETURN true AS changed
   UNION
     WITH art, s, o, f, row WHERE f.createdBy <> art.loadId
     WITH row, ${factRelationship("s", "o", "row.id")} AS r
     WITH r, row, properties(r) AS before
     SET ${fillMissing("r", FACT_DATA_KEYS, "row.data")}
     RETURN before <> properties(r) AS changed
   }
   WITH art, a, f, row, changed
   CALL (art, a, f, row) {
     UNWIND row.evidence AS ev
     MERGE (e:Evidence {id: ev.id})
     ON CREATE SET e += ev.props, e.articleId = a.id, e.factId = f.id, e.createdAt = datetime(), e.createdBy = art.loadId
     MERGE (e)-[:SUPPORTS]->(f)
     MERGE (e)-[:IN]->(a)
     RETURN sum(CASE WHEN e.createdBy = art.loadId THEN 1 ELSE 0 END) AS newEvidence
   }
   RETURN collect({id: row.id, created: f.createdBy = art.loadId, changed: changed OR newEvidence > 0, newEvidence: newEvidence}) AS facts`;

/** Qualifiers of facts: `(:Qualifier)-[:QUALIFIES]->(:Fact)` and `(:Qualifier)-[:IN]->(:Article)`, like evidence. */
const MERGE_QUALIFIERS = `UNWIND art.qualifiers AS row
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

/** Qualifiers article `a` gave before but no longer gives (a corrected file, or a removal); `keep` is the list of ids it still gives. */
const dropQualifiersNotKept = (keep: string) => `UNWIND [q IN ${IN_ARTICLE} WHERE q:Qualifier AND NOT q.id IN ${keep}] AS q
   DETACH DELETE q
   RETURN count(*) AS droppedQualifiers`;

/** Evidence article `a` gave before but no longer gives, and the facts it supported; `keep` is the list of ids it still gives. */
const dropEvidenceNotKept = (keep: string) => `UNWIND [e IN ${IN_ARTICLE} WHERE e:Evidence AND NOT e.id IN ${keep}] AS e
   WITH e, head([(e)-[:SUPPORTS]->(f) | f.id]) AS factId
   DETACH DELETE e
   RETURN collect(DISTINCT factId) AS factIds, count(factId) AS dropped`;

/** Of the facts `ids` (a list), those with no evidence left are no longer in the graph, and neither are their relationships. */
const pruneUnsupportedFacts = (ids: string, count: string) => `UNWIND ${ids} AS id
   MATCH (f:Fact {id: id}) WHERE NOT (f)<-[:SUPPORTS]-(:Evidence)
   OPTIONAL MATCH (q:Qualifier)-[:QUALIFIES]->(f)
   DETACH DELETE q
   WITH DISTINCT f, id
   ${optionalFactRelationship("f", "id", { subject: "s", object: "o" })}
   DELETE r
   DETACH DELETE f
   RETURN count(DISTINCT f) AS ${count}`;

/** Of the entities `ids` (a list), those no article declares any more have nothing supporting them. */
const pruneUnmentionedEntities = (ids: string, count: string) => `UNWIND ${ids} AS id
   MATCH (n:Entity {id: id}) WHERE NOT (n)<-[:MENTIONS]-(:Article)
   DETACH DELETE n
   RETURN count(n) AS ${count}`;

/**
 * Each article of `$articles`, in order: the article, its entities, its publisher and its
 * mentions; its facts with their evidence, its qualifiers (stale ones dropped, the rest
 * merged) and the evidence it no longer gives; then what that left unsupported, pruned
 * before the next article is written. One row per article, with its `index` in the batch:
 * the article's own created/changed, each entity's and each fact's (with its new
 * evidence), the entities it no longer mentions, the facts that lost its evidence, and what
 * was pruned.
 */
export const WRITE_ARTICLES = cypher(
  "load.writeArticles",
  keptPlan(`UNWIND $articles AS art
   CALL (art) {
     ${MERGE_ARTICLE}
     WITH art, a, a.createdBy = art.loadId AS created, before <> properties(a) AS changed
     CALL (art) {
       ${MERGE_ENTITIES}
     }
     CALL (art, a) {
       ${LINK_PUBLISHER}
     }
     CALL (art, a) {
       ${REPLACE_MENTIONS}
     }
     CALL (art, a) {
       ${MERGE_FACTS}
     }
     CALL (art, a) {
       ${dropQualifiersNotKept("art.keepQualifiers")}
     }
     CALL (art, a) {
       ${MERGE_QUALIFIERS}
     }
     CALL (art, a) {
       ${dropEvidenceNotKept("art.keep")}
     }
     CALL (factIds) {
       ${pruneUnsupportedFacts("factIds", "factsRemoved")}
     }
     CALL (unmentioned) {
       ${pruneUnmentionedEntities("unmentioned", "entitiesRemoved")}
     }
     RETURN created, changed, entities, unmentioned, facts, factIds AS staleFactIds, dropped AS evidenceRemoved, factsRemoved, entitiesRemoved
   }
   RETURN art.index AS index, created, changed, entities, unmentioned, facts, staleFactIds, evidenceRemoved, factsRemoved, entitiesRemoved`),
);

/** Qualifiers an article gave before but no longer gives: for a removal, `$keepQualifiers` is empty. */
export const DROP_STALE_QUALIFIERS = cypher(
  "load.dropStaleQualifiers",
  `MATCH (a:Article {id: $articleId})
   CALL (a) {
     ${dropQualifiersNotKept("$keepQualifiers")}
   }
   RETURN droppedQualifiers AS dropped`,
);

/** Evidence an article gave before but no longer gives: for a removal, `$keep` is empty. */
export const DROP_STALE_EVIDENCE = cypher(
  "load.dropStaleEvidence",
  `MATCH (a:Article {id: $articleId})
   CALL (a) {
     ${dropEvidenceNotKept("$keep")}
   }
   RETURN factIds, dropped`,
);

/** A fact with no evidence left is no longer in the graph, and neither is its relationship. */
export const PRUNE_UNSUPPORTED_FACTS = cypher("load.pruneUnsupportedFacts", pruneUnsupportedFacts("$factIds", "pruned"));

/** An entity no article declares any more has nothing supporting it. */
export const PRUNE_UNMENTIONED_ENTITIES = cypher("load.pruneUnmentionedEntities", pruneUnmentionedEntities("$entityIds", "pruned"));

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
