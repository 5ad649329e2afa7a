import { ENTITY_PROJECTION, projectEntityValues } from "./entity.row.js";
import { CONNECTION_HOPS, type ConnectionHops, NEIGHBOURHOOD_HOPS, type NeighbourhoodHops } from "./traversal-limits.js";
import { CLIMB_DEPTH, inCountry } from "./country-climb.js";
import { overlapsRange } from "./date-overlap.js";
import { FACT_TYPES } from "../model/fact-types.js";
import { DATE_PARTS } from "../model/graph-keys.js";
import { cypher, type CypherQuery } from "../neo4j/cypher-query.js";
import { RELATION_PROJECTION } from "./relation.queries.js";

/**
 * Every fact relationship type, as a pattern alternation. Traversals name their types
 * rather than matching any relationship, so the bookkeeping edges (SUBJECT, OBJECT,
 * MENTIONS, IN, PUBLISHED_BY) are never walked. SUPPORTS is also the Evidence→Fact edge,
 * but neither end of that is an entity, so a walk that starts at an entity and names only
 * these types never reaches it: every relationship it takes is a fact's, with a `factId`.
 */
const FACT_PATTERN = FACT_TYPES.join("|");

/** A meeting `m` whose possible days overlap the key's range; an undated meeting is in no range. */
const MEETING_IN_RANGE = overlapsRange("m.dateEarliest", "m.dateLatest", "key.from", "key.to");

/**
 * The page of one key's counterparts, from rows of (key, n: the counterpart, shared: how many
 * meetings it shares), ranked. Only the page is projected, with the properties the client
 * selected (`key.entityKeys`), and its shared meetings are listed only when the client
 * asked for them (`key.withMeetings`, then with `key.meetingKeys`), by the `sharedMeetings`
 * subquery each kind supplies for a page entry `n`.
 */
const counterpartsPage = (sharedMeetings: string) => `
  WITH key, n, shared WHERE shared >= key.minShared
  ORDER BY shared DESC, n.sortName, n.id
  WITH key, collect({n: n, shared: shared})[..key.limit] AS page
  UNWIND page AS entry
  WITH key, entry.n AS n, entry.shared AS shared
  CALL (key, n) {
    WITH key, n WHERE key.withMeetings
    ${sharedMeetings}
    WITH DISTINCT m ORDER BY m.dateEarliest, m.id LIMIT toInteger($meetingLimit)
    RETURN collect(${projectEntityValues("m", "key.meetingKeys")}) AS sharedMeetings
  }
  RETURN collect({entity: ${projectEntityValues("n", "key.entityKeys")}, sharedMeetingCount: shared, sharedMeetings: sharedMeetings}) AS counterparts`;

/**
 * Officials who took part in the same meetings as each key's official: counted per
 * counterpart first, so no meeting is read beyond its date unless it is on the page.
 * Every official found has a row, with no counterparts if it has none, so a missing row
 * means no such official (see lookup-ahead.ts).
 */
export const OFFICIAL_COUNTERPARTS = cypher(
  "officialCounterparts",
  `UNWIND $keys AS key
   MATCH (self:Official {id: key.id})
   OPTIONAL CALL (self, key) {
     MATCH (self)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Official)
     WHERE other <> self AND ${MEETING_IN_RANGE}
     WITH key, other AS n, count(DISTINCT m) AS shared
     ${counterpartsPage(`MATCH (:Official {id: key.id})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(n) WHERE ${MEETING_IN_RANGE}`)}
   }
   RETURN key.index AS index, coalesce(counterparts, []) AS counterparts`,
);

/** The meetings a country `c` was present at: it took part itself, or an official took part on its behalf. */
const COUNTRY_MEETINGS = (c: string) => `CALL (${c}) {
       MATCH (${c})-[:PARTICIPATED_IN]->(m:Meeting) RETURN m
       UNION
       MATCH (:Official)-[p:PARTICIPATED_IN]->(m:Meeting) WHERE p.countryId = ${c}.id RETURN m
     }`;

/**
 * Countries present at the same meetings as each key's country. A country is present
 * when it took part itself or an official took part on its behalf (`countryId`): the
 * sources often name only the delegate.
 */
export const COUNTRY_COUNTERPARTS = cypher(
  "countryCounterparts",
  `UNWIND $keys AS key
   MATCH (self:Country {id: key.id})
   OPTIONAL CALL (self, key) {
     ${COUNTRY_MEETINGS("self")}
     WITH DISTINCT self, key, m WHERE ${MEETING_IN_RANGE}
     CALL (m) {
       MATCH (c:Country)-[:PARTICIPATED_IN]->(m) RETURN c
       UNION
       MATCH (:Official)-[p:PARTICIPATED_IN]->(m) WHERE p.countryId IS NOT NULL
       MATCH (c:Country {id: p.countryId}) RETURN c
     }
     WITH key, self, c AS n, m WHERE n <> self
     WITH key, n, count(DISTINCT m) AS shared
     ${counterpartsPage(`MATCH (self:Country {id: key.id})
    ${COUNTRY_MEETINGS("self")}
    WITH n, key, m WHERE ${MEETING_IN_RANGE}
      AND (EXISTS { (n)-[:PARTICIPATED_IN]->(m) } OR EXISTS { MATCH (:Official)-[p:PARTICIPATED_IN]->(m) WHERE p.countryId = n.id })`)}
   }
   RETURN key.index AS index, coalesce(counterparts, []) AS counterparts`,
);

/**
 * All shortest paths between two entities over fact relationships, either direction,
 * of at most `hops` facts. Paths come back ordered by the names along them, each as its
 * nodes and, step by step, the fact taken: its id, type, whether it runs from the step's
 * first node (`out`) and its properties. The nodes carry only the properties in
 * `$nodeKeys`, as values (see projectEntityValues), when it lists them; every property
 * when it is null. Likewise each fact carries only the properties in `$relationKeys`, as
 * values in that order, when it lists them.
 *
 * The pattern's types are the only filter: a fact relationship joins two entities and
 * always carries its `factId`, and the one other relationship of a listed type (SUPPORTS
 * from Evidence to Fact) touches no entity, so it cannot be reached from one. Testing each
 * node's label and each relationship's `factId` along every expanded path would only
 * repeat that, at a cost per path.
 */
function connectionQuery(hops: ConnectionHops): CypherQuery {
  return cypher(
    `connection${hops}`,
    `MATCH (a:Entity {id: $from})
     MATCH (b:Entity {id: $to})
     MATCH p = allShortestPaths((a)-[:${FACT_PATTERN}*..${hops}]-(b))
     WITH p LIMIT toInteger($candidates)
     // Every path starts at a and ends at b, so only the names between tell paths apart.
     WITH p ORDER BY [x IN nodes(p)[1..-1] | x.sortName], [x IN relationships(p) | x.factId] LIMIT toInteger($first)
     CALL (p) {
       UNWIND range(0, length(p) - 1) AS i
       WITH i, nodes(p)[i] AS n, relationships(p)[i] AS r ORDER BY i
       RETURN collect({factId: r.factId, type: type(r), out: startNode(r) = n,
         props: CASE WHEN $relationKeys IS NULL THEN properties(r) ELSE [k IN $relationKeys | r[k]] END}) AS relations
     }
     RETURN [n IN nodes(p) | CASE WHEN $nodeKeys IS NULL THEN ${ENTITY_PROJECTION} ELSE ${projectEntityValues("n", "$nodeKeys")} END] AS nodes, relations`,
  );
}

export const CONNECTION_BY_HOPS = Object.fromEntries(CONNECTION_HOPS.map((h) => [h, connectionQuery(h)])) as Record<ConnectionHops, CypherQuery>;

/** The facts touching `c` (distance 1) and, at two hops, those touching its neighbours (distance 2). */
const NEIGHBOURHOOD_EDGES: Record<NeighbourhoodHops, string> = {
  1: `MATCH (c)-[r:${FACT_PATTERN}]-()
      RETURN r, 1 AS distance`,
  2: `MATCH (c)-[r:${FACT_PATTERN}]-()
      RETURN r, 1 AS distance
      UNION
      MATCH (c)-[:${FACT_PATTERN}]-()-[r:${FACT_PATTERN}]-()
      RETURN r, 2 AS distance`,
};

/**
 * One batch of neighbourhoods. Nearer facts are kept first, so a cut neighbourhood is
 * still connected to its centre. Nodes are the centre and the ends of the facts kept.
 * A per-key bound cannot be a LIMIT (LIMIT may not refer to variables), so each key's
 * list is sliced; the same holds for the other batched queries here. A key that lists
 * `nodeKeys` (the properties the client selected on the nodes) gets its nodes projected
 * with only those, as values (see projectEntityValues); every property otherwise. Edges
 * name their ends by element id, with each node's in `refs` (see graph/neighbourhood.row.ts).
 */
function neighbourhoodQuery(hops: NeighbourhoodHops): CypherQuery {
  return cypher(
    `neighbourhood${hops}`,
    `UNWIND $keys AS key
     MATCH (c:Entity {id: key.id})
     CALL (c, key) {
       CALL (c) {
         ${NEIGHBOURHOOD_EDGES[hops]}
       }
       WITH r, min(distance) AS distance
       ORDER BY distance, type(r), r.factId
       RETURN collect(r) AS found
     }
     WITH key, c, found[..key.limit] AS kept, size(found) > key.limit AS truncated
     CALL (c, kept, key) {
       UNWIND [c] + [r IN kept | startNode(r)] + [r IN kept | endNode(r)] AS n
       WITH DISTINCT c, n
       ORDER BY n = c DESC, n.sortName, n.id
       RETURN collect(CASE WHEN key.nodeKeys IS NULL THEN ${ENTITY_PROJECTION} ELSE ${projectEntityValues("n", "key.nodeKeys")} END) AS nodes,
              collect(elementId(n)) AS refs
     }
     RETURN key.index AS index, nodes, refs, truncated,
            [r IN kept | [r.factId, type(r), elementId(startNode(r)), elementId(endNode(r))]] AS edges`,
  );
}

export const NEIGHBOURHOOD_BY_HOPS = Object.fromEntries(NEIGHBOURHOOD_HOPS.map((h) => [h, neighbourhoodQuery(h)])) as Record<NeighbourhoodHops, CypherQuery>;

/** Where the office-holders statement starts: the organisation or the country asked about, else every official. */
export type OfficeHolderStart = "organisation" | "country" | "anywhere";

/**
 * The positions the statement considers, as a MATCH binding `n` (the official), `r` (the
 * position) and `m` (what it is held in). With an organisation or a country it starts there
 * and walks in: the organisation's own positions, or those held in the country or in any
 * organisation that climbs to it (each organisation once, however many ways it climbs), so
 * it never reads every official's positions to keep a few.
 */
const OFFICE_POSITIONS: Record<OfficeHolderStart, string> = {
  organisation: `MATCH (m:Organisation {id: $organisation})<-[r:HOLDS_POSITION]-(n:Official)
   WHERE ($country IS NULL OR ${inCountry("m", "BELONGS_TO", "$country")})`,
  country: `MATCH (:Country {id: $country})<-[:BELONGS_TO*0..${CLIMB_DEPTH.BELONGS_TO}]-(m:Entity)
   WITH DISTINCT m
   MATCH (m)<-[r:HOLDS_POSITION]-(n:Official)`,
  anywhere: `MATCH (n:Official)-[r:HOLDS_POSITION]->(m:Entity)`,
};

/**
 * Office-holding facts for a folded title fragment that may hold on `$on`: those whose
 * possible days include it (a null bound is open), and those whose certain days do (a
 * sighting outside contradictory stated bounds still counts). Which of the two each is
 * is decided in TypeScript by time/certainty.ts, not here. One statement per start
 * (see OFFICE_POSITIONS), since a parameter cannot choose where a plan begins.
 *
 * Each candidate comes as its fact's id, the position's properties (only those in
 * `$relationKeys`, as values in that order, when it lists them) and the official and the
 * organisation (only the properties in `$officialKeys` and `$organisationKeys`, as values,
 * when they list them; see projectEntityValues). Every property when a list is null.
 */
function officeHoldersQuery(start: OfficeHolderStart): CypherQuery {
  return cypher(
    `officeHolders.${start}`,
    `${OFFICE_POSITIONS[start]}
   WITH n, r, m WHERE r.factId IS NOT NULL AND r.titleKey CONTAINS $titleKey
     AND (((r.possibleStart IS NULL OR r.possibleStart <= $on) AND (r.possibleEnd IS NULL OR $on <= r.possibleEnd))
          OR (r.certainStart <= $on AND $on <= r.certainEnd))
   WITH n, r, m ORDER BY n.sortName, r.titleKey, r.factId
   LIMIT toInteger($candidates)
   WITH m, r.factId AS factId, CASE WHEN $relationKeys IS NULL THEN properties(r) ELSE [k IN $relationKeys | r[k]] END AS props,
        CASE WHEN $officialKeys IS NULL THEN ${ENTITY_PROJECTION} ELSE ${projectEntityValues("n", "$officialKeys")} END AS official
   WITH factId, props, official, m AS n
   RETURN factId, props, official,
          CASE WHEN $organisationKeys IS NULL THEN ${ENTITY_PROJECTION} ELSE ${projectEntityValues("n", "$organisationKeys")} END AS organisation`,
  );
}

export const OFFICE_HOLDERS = {
  organisation: officeHoldersQuery("organisation"),
  country: officeHoldersQuery("country"),
  anywhere: officeHoldersQuery("anywhere"),
} as const satisfies Record<OfficeHolderStart, CypherQuery>;

/** A partial date stored flat under `prefix` on `variable`, as a map readPartialDate reads with an empty prefix. */
const dateMap = (variable: string, prefix: string) => `{${DATE_PARTS.map((part) => `${part}: ${variable}.${prefix}${part}`).join(", ")}}`;

/**
 * One batch of timelines. Each fact is dated by the meeting it concerns, else by its own
 * stated start, else by its earliest dated sighting; a fact with none of these has no
 * place on a timeline and is left out.
 */
export const TIMELINES = cypher(
  "timelines",
  `UNWIND $keys AS key
   MATCH (n:Entity {id: key.id})
   CALL (n, key) {
     MATCH (n)-[r:${FACT_PATTERN}]-(m:Entity) WHERE r.factId IS NOT NULL
     WITH key, n, r, m, CASE WHEN m:Meeting THEN m WHEN n:Meeting THEN n END AS meeting,
          head(COLLECT {
            MATCH (e:Evidence)-[:SUPPORTS]->(:Fact {id: r.factId}) WHERE e.asOfEarliest IS NOT NULL
            RETURN e ORDER BY e.asOfEarliest, e.asOfLatest, e.id
          }) AS sighting
     WITH key, n, r, m, CASE
         WHEN meeting.startValue IS NOT NULL THEN {date: ${dateMap("meeting", "start")}, earliest: meeting.dateEarliest, latest: meeting.dateLatest}
         WHEN r.fromValue IS NOT NULL THEN {date: ${dateMap("r", "from")}, earliest: r.fromEarliest, latest: r.fromLatest}
         WHEN sighting IS NOT NULL THEN {date: ${dateMap("sighting", "asOf")}, earliest: sighting.asOfEarliest, latest: sighting.asOfLatest}
       END AS dated
     WHERE dated IS NOT NULL AND ${overlapsRange("dated.earliest", "dated.latest", "key.from", "key.to")}
     WITH key, n, r, m, dated ORDER BY dated.earliest, dated.latest, r.factId
     WITH key, collect({date: dated.date, earliest: dated.earliest, latest: dated.latest, relation: ${RELATION_PROJECTION}}) AS entries
     RETURN entries[..key.limit] AS entries
   }
   RETURN key.index AS index, entries`,
);
