import { toLuceneQuery } from "../src/domain/search/lucene-query.js";
import type { Probes } from "./generate.js";

/**
 * The analyst questions the benchmark asks, each three ways: Diplograph's GraphQL, the same
 * question to @neo4j/graphql over the same labels and types, and one hand-written Cypher
 * statement (the limit). Each form's answer is reduced to one canonical value, so the
 * three can be checked for agreement before any timing.
 */

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Question {
  name: string;
  description: string;
  /**
   * How many levels of relationships the question walks (a traversal, such as counterparts
   * or a path, is one): the statements it should cost, at least one.
   */
  depth: number;
  diplograph: GraphqlRequest;
  peer: GraphqlRequest;
  limit: { cypher: string; params: Record<string, unknown> };
  /** The canonical answer from each form's response data (GraphQL) or rows (Cypher). */
  fromDiplograph(data: any): unknown;
  fromPeer(data: any): unknown;
  fromLimit(rows: any[]): unknown;
}

const byKey = <T>(items: T[], key: (item: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
const ids = (items: { id: string }[]) => items.map((i) => i.id);

export const QUESTION_NAMES = ["P1", "P2", "P3", "P4", "P5", "connection", "neighbourhood", "officeHolders", "search"] as const;
export type QuestionName = (typeof QUESTION_NAMES)[number];

const YEAR = { from: "2024-01-01", to: "2024-12-31" };
const NEIGHBOURHOOD_LIMIT = 50;
/**
 * Every holder, as the peer and the hand-written statement return them: above Diplograph's
 * default largest page, since the largest graphs have hundreds of holders of one title in
 * one country on one day.
 */
const OFFICE_HOLDERS_PAGE = 1000;

/** The settings Diplograph answers these questions with, wherever the benchmark or its smoke test runs it. */
export const DIPLOGRAPH_SETTINGS = { GRAPHQL_MAX_PAGE_SIZE: String(OFFICE_HOLDERS_PAGE) } as const;

/** One participant with the offices the official holds, in an order all three forms can reproduce. */
const participant = (officialId: string, role: string, countryId: string | null, positions: { title: string; orgId: string }[]) => ({
  officialId,
  role,
  countryId,
  positions: byKey(positions, (p) => `${p.title}|${p.orgId}`),
});

export function questions(p: Probes): Record<QuestionName, Question> {
  return {
    P1: {
      name: "P1",
      depth: 0,
      description: "one meeting by id",
      diplograph: { query: `query ($id: ID!) { meeting(id: $id) { id name series ordinal start { value } } }`, variables: { id: p.meetingId } },
      peer: { query: `query ($id: ID!) { meetings(where: {id: {eq: $id}}) { id name series ordinal startValue } }`, variables: { id: p.meetingId } },
      limit: {
        cypher: `MATCH (m:Meeting {id: $id}) RETURN m.id AS id, m.name AS name, m.series AS series, m.ordinal AS ordinal, m.startValue AS start`,
        params: { id: p.meetingId },
      },
      fromDiplograph: (d) => ({ ...d.meeting, start: d.meeting.start?.value ?? null }),
      fromPeer: (d) => {
        const m = d.meetings[0];
        return { id: m.id, name: m.name, series: m.series, ordinal: m.ordinal, start: m.startValue };
      },
      fromLimit: (rows) => rows[0],
    },
    P2: {
      name: "P2",
      depth: 2,
      description: "20 meetings → participants (official, role, country) → each official's positions",
      diplograph: {
        query: `query ($series: String!) { meetings(filter: {series: $series}, first: 20, orderBy: DATE_DESC) { nodes { id participants { role other { id ... on Official { positions { title other { id name } } } } country { id name } } } } }`,
        variables: { series: p.series },
      },
      peer: {
        query: `query ($series: String!) { meetings(where: {series: {eq: $series}}, sort: [{dateEarliest: DESC}, {id: DESC}], limit: 20) { id participantsConnection { edges { properties { role countryId } node { id positionsConnection { edges { properties { title } node { id name } } } } } } } }`,
        variables: { series: p.series },
      },
      limit: {
        cypher: `MATCH (m:Meeting {series: $series})
          WITH m ORDER BY m.dateEarliest DESC, m.id DESC LIMIT 20
          CALL (m) {
            MATCH (o:Official)-[r:PARTICIPATED_IN]->(m)
            RETURN collect({officialId: o.id, role: r.role, countryId: r.countryId,
              positions: [(o)-[h:HOLDS_POSITION]->(g) | {title: h.title, orgId: g.id, orgName: g.name}]}) AS participants
          }
          RETURN m.id AS id, participants`,
        params: { series: p.series },
      },
      fromDiplograph: (d) =>
        d.meetings.nodes.map((m: any) => ({
          id: m.id,
          participants: byKey(
            m.participants.map((r: any) =>
              participant(
                r.other.id,
                r.role,
                r.country?.id ?? null,
                (r.other.positions ?? []).map((h: any) => ({ title: h.title, orgId: h.other.id })),
              ),
            ),
            (x: { officialId: string }) => x.officialId,
          ),
        })),
      fromPeer: (d) =>
        d.meetings.map((m: any) => ({
          id: m.id,
          participants: byKey(
            m.participantsConnection.edges.map((e: any) =>
              participant(
                e.node.id,
                e.properties.role,
                e.properties.countryId ?? null,
                e.node.positionsConnection.edges.map((h: any) => ({ title: h.properties.title, orgId: h.node.id })),
              ),
            ),
            (x: { officialId: string }) => x.officialId,
          ),
        })),
      fromLimit: (rows) =>
        rows.map((m) => ({
          id: m.id,
          participants: byKey(
            m.participants.map((x: any) =>
              participant(
                x.officialId,
                x.role,
                x.countryId ?? null,
                x.positions.map((h: any) => ({ title: h.title, orgId: h.orgId })),
              ),
            ),
            (x: { officialId: string }) => x.officialId,
          ),
        })),
    },
    P3: {
      name: "P3",
      depth: 1,
      description: "one official's counterparts (who attended with whom), top 20",
      diplograph: { query: `query ($id: ID!) { official(id: $id) { counterparts(first: 20) { entity { id name } sharedMeetingCount } } }`, variables: { id: p.busiestOfficialId } },
      peer: { query: `query ($id: ID!) { officials(where: {id: {eq: $id}}) { counterparts(first: 20) { id name sharedMeetingCount } } }`, variables: { id: p.busiestOfficialId } },
      limit: {
        cypher: `MATCH (self:Official {id: $id})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Official)
          WHERE other <> self
          WITH other, count(DISTINCT m) AS shared
          ORDER BY shared DESC, other.sortName, other.id LIMIT 20
          RETURN other.id AS id, other.name AS name, shared`,
        params: { id: p.busiestOfficialId },
      },
      fromDiplograph: (d) => d.official.counterparts.map((c: any) => ({ id: c.entity.id, name: c.entity.name, shared: c.sharedMeetingCount })),
      fromPeer: (d) => d.officials[0].counterparts.map((c: any) => ({ id: c.id, name: c.name, shared: c.sharedMeetingCount })),
      fromLimit: (rows) => rows.map((r) => ({ id: r.id, name: r.name, shared: r.shared })),
    },
    P4: {
      name: "P4",
      depth: 0,
      description: "meetings overlapping 2024, sorted, first 20, total",
      diplograph: {
        query: `query ($series: String!, $from: LocalDate!, $to: LocalDate!) { meetings(filter: {series: $series, from: $from, to: $to}, first: 20, orderBy: DATE_ASC) { totalCount nodes { id name } } }`,
        variables: { series: p.series, ...YEAR },
      },
      peer: {
        query: `query ($series: String!, $from: String!, $to: String!) { meetingsConnection(where: {series: {eq: $series}, dateEarliest: {lte: $to}, dateLatest: {gte: $from}}, sort: [{dateEarliest: ASC}, {id: ASC}], first: 20) { totalCount edges { node { id name } } } }`,
        variables: { series: p.series, ...YEAR },
      },
      limit: {
        cypher: `MATCH (m:Meeting) WHERE m.series = $series AND m.dateEarliest <= $to AND m.dateLatest >= $from
          WITH m ORDER BY m.dateEarliest, m.id
          WITH collect(m) AS found
          UNWIND found[..20] AS m
          RETURN size(found) AS total, m.id AS id, m.name AS name`,
        params: { series: p.series, ...YEAR },
      },
      fromDiplograph: (d) => ({ total: d.meetings.totalCount, ids: ids(d.meetings.nodes) }),
      fromPeer: (d) => ({ total: d.meetingsConnection.totalCount, ids: d.meetingsConnection.edges.map((e: any) => e.node.id) }),
      fromLimit: (rows) => ({ total: rows[0]?.total ?? 0, ids: ids(rows) }),
    },
    P5: {
      name: "P5",
      depth: 0,
      description: "officials by name prefix, first 20",
      diplograph: { query: `query ($name: String!) { officials(filter: {name: $name}, first: 20) { nodes { id name } } }`, variables: { name: p.namePrefix } },
      peer: {
        query: `query ($name: String!) { officials(where: {name: {startsWith: $name}}, sort: [{sortName: ASC}, {id: ASC}], limit: 20) { id name } }`,
        variables: { name: p.namePrefix },
      },
      limit: {
        cypher: `MATCH (o:Official) WHERE o.name STARTS WITH $name RETURN o.id AS id, o.name AS name ORDER BY o.sortName, o.id LIMIT 20`,
        params: { name: p.namePrefix },
      },
      fromDiplograph: (d) => ids(d.officials.nodes),
      fromPeer: (d) => ids(d.officials),
      fromLimit: (rows) => ids(rows),
    },
    connection: {
      name: "connection",
      depth: 1,
      description: "shortest chains of facts between two officials, up to 4 hops",
      diplograph: {
        query: `query ($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 4, first: 5) { steps { from { id } to { id } } } }`,
        variables: { from: p.connectionFrom, to: p.connectionTo },
      },
      peer: { query: `query ($from: ID!, $to: ID!) { connection(from: $from, to: $to) }`, variables: { from: p.connectionFrom, to: p.connectionTo } },
      limit: {
        cypher: `MATCH (a:Official {id: $from}), (b:Official {id: $to})
          MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|HOLDS_POSITION|BELONGS_TO|MEETING_OF|HELD_IN*..4]-(b))
          RETURN [n IN nodes(p) | n.id] AS path`,
        params: { from: p.connectionFrom, to: p.connectionTo },
      },
      fromDiplograph: (d) => ({ length: d.connection[0]?.steps.length ?? 0, anyPath: d.connection.length > 0 }),
      fromPeer: (d) => ({ length: d.connection.length ? d.connection[0].split(">").length - 1 : 0, anyPath: d.connection.length > 0 }),
      fromLimit: (rows) => ({ length: rows.length ? rows[0].path.length - 1 : 0, anyPath: rows.length > 0 }),
    },
    neighbourhood: {
      name: "neighbourhood",
      depth: 1,
      description: `a meeting's facts one hop out (at most ${NEIGHBOURHOOD_LIMIT}), ready to draw`,
      diplograph: {
        query: `query ($id: ID!) { entity(id: $id) { neighbourhood(hops: 1, limit: ${NEIGHBOURHOOD_LIMIT}) { nodes { id name } edges { source target type } truncated } } }`,
        variables: { id: p.meetingId },
      },
      peer: { query: `query ($id: ID!) { meetings(where: {id: {eq: $id}}) { neighbourhood } }`, variables: { id: p.meetingId } },
      limit: {
        cypher: `MATCH (c:Meeting {id: $id})-[r]-(n:Entity) WHERE r.factId IS NOT NULL
          RETURN n.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target LIMIT ${NEIGHBOURHOOD_LIMIT}`,
        params: { id: p.meetingId },
      },
      fromDiplograph: (d) => d.entity.neighbourhood.edges.map((e: any) => `${e.source}>${e.type}>${e.target}`).sort(),
      fromPeer: (d) => [...d.meetings[0].neighbourhood].sort(),
      fromLimit: (rows) => rows.map((e) => `${e.source}>${e.type}>${e.target}`).sort(),
    },
    officeHolders: {
      name: "officeHolders",
      depth: 1,
      description: "who held an office in a country's organisations on a day",
      diplograph: {
        query: `query ($title: String!, $country: ID!, $on: LocalDate!) { officeHolders(title: $title, country: $country, on: $on, first: ${OFFICE_HOLDERS_PAGE}) { official { id name } title } }`,
        variables: { title: p.title, country: p.countryId, on: p.on },
      },
      peer: {
        query: `query ($title: String!, $country: ID!, $on: String!) { officeHolders(title: $title, country: $country, on: $on) { id name title } }`,
        variables: { title: p.title, country: p.countryId, on: p.on },
      },
      limit: {
        cypher: `MATCH (o:Official)-[r:HOLDS_POSITION]->(g)-[:BELONGS_TO*0..3]->(:Country {id: $country})
          WHERE r.title = $title
            AND ((coalesce(r.possibleStart, $on) <= $on AND $on <= coalesce(r.possibleEnd, $on))
                 OR (r.certainStart <= $on AND $on <= r.certainEnd))
          WITH DISTINCT o, r ORDER BY o.sortName, o.id
          RETURN o.id AS id, o.name AS name, r.title AS title`,
        params: { title: p.title, country: p.countryId, on: p.on },
      },
      fromDiplograph: (d) =>
        byKey<string>(
          d.officeHolders.map((h: any) => `${h.official.id}|${h.title}`),
          (x) => x,
        ),
      fromPeer: (d) =>
        byKey<string>(
          d.officeHolders.map((h: any) => `${h.id}|${h.title}`),
          (x) => x,
        ),
      fromLimit: (rows) =>
        byKey(
          rows.map((h) => `${h.id}|${h.title}`),
          (x) => x,
        ),
    },
    search: {
      name: "search",
      depth: 0,
      description: "full-text search for an official's name",
      diplograph: { query: `query ($text: String!) { search(text: $text, kinds: [Official], first: 20) { entity { id name } } }`, variables: { text: p.searchText } },
      peer: { query: `query ($query: String!) { searchOfficials(query: $query) { id name } }`, variables: { query: toLuceneQuery(p.searchText) } },
      limit: {
        cypher: `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 500}) YIELD node, score
          WHERE node:Official RETURN node.id AS id, node.name AS name ORDER BY score DESC, node.sortName, node.id LIMIT 20`,
        params: { query: toLuceneQuery(p.searchText) },
      },
      fromDiplograph: (d) => byKey(ids(d.search.map((h: any) => h.entity)), (x) => x),
      fromPeer: (d) => byKey(ids(d.searchOfficials), (x) => x),
      fromLimit: (rows) => byKey(ids(rows), (x) => x),
    },
  };
}
