import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnotationInput } from "../src/domain/annotation/annotation.schema.js";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

/**
 * The no-N+1 proof: a list and four levels of relationship fields below it cost one
 * statement per level of relationships (per loader at that level), whether the list holds
 * 5 meetings or 50; the list's own statement brings the first level.
 */

const MEETINGS_PER_ARTICLE = 5;
const OFFICIALS_PER_MEETING = 2;

/**
 * The statements the query below costs, one per level of relationships, one batch each:
 * the list, which brings each meeting's participants and places, and the participants and
 * places themselves; the officials' positions, which bring the organisations along; the
 * evidence for the positions; and the evidence's articles.
 */
const BATCHES = ["meetings, with their participants + places and those far ends", "positions, with their organisations", "evidence", "evidence.article"];

const QUERY = `query ($series: String!, $first: Int) {
  meetings(filter: {series: $series}, first: $first) {
    totalCount
    nodes {
      name
      places { other { name } }
      participants(first: 10) {
        role
        other {
          name
          ... on Official {
            positions(first: 10) { title other { name } evidence { quote article { title } } }
          }
        }
      }
    }
  }
}`;

interface Result {
  meetings: {
    totalCount: number;
    nodes: {
      places: { other: { name: string } }[];
      participants: {
        role: string;
        other: { name: string; positions?: { title: string; other: { name: string }; evidence: { quote: string; article: { title: string } }[] }[] };
      }[];
    }[];
  };
}

let helper: TestHelper;
let countryId: string;
let organisationId: string;
let articles = 0;

/** One article reporting a batch of meetings of a series: each held somewhere, each led by officials of one ministry. */
function seriesArticle(series: string): AnnotationInput {
  articles += 1;
  const t = helper.token;
  const organisationName = `Ministry of Round Trips ${t}`;
  const sentences: string[] = [];
  const entities: AnnotationInput["entities"] = [
    { id: countryId, kind: "Country", name: `Republic of ${t}` },
    { id: organisationId, kind: "Organisation", orgKind: "MINISTRY", name: organisationName },
  ];
  const facts: AnnotationInput["facts"] = [];
  for (let m = 0; m < MEETINGS_PER_ARTICLE; m += 1) {
    const meetingId = helper.id("meeting");
    const placeId = helper.id("place");
    const meetingName = `Meeting ${articles}.${m} of ${series}`;
    const placeName = `Venue ${articles}.${m} ${t}`;
    entities.push({ id: meetingId, kind: "Meeting", name: meetingName, series, start: { value: `2024-0${(m % 9) + 1}-1${articles % 10}` } });
    entities.push({ id: placeId, kind: "Place", placeKind: "VENUE", name: placeName });
    const held = `${meetingName} took place at ${placeName}.`;
    sentences.push(held);
    facts.push({ type: "HELD_IN", subject: meetingId, object: placeId, evidence: [{ quote: held }] });
    for (let o = 0; o < OFFICIALS_PER_MEETING; o += 1) {
      const officialId = helper.id("official");
      const officialName = `Official ${articles}.${m}.${o} ${t}`;
      const title = o === 0 ? "Director-General" : "Deputy Director-General";
      entities.push({ id: officialId, kind: "Official", name: officialName });
      const led = `${officialName} led the delegation of the Republic to ${meetingName}.`;
      const office = `${officialName} is ${title} at the ${organisationName}.`;
      sentences.push(led, office);
      facts.push({
        type: "PARTICIPATED_IN",
        subject: officialId,
        object: meetingId,
        role: o === 0 ? "LED_DELEGATION" : "ATTENDED",
        country: countryId,
        evidence: [{ quote: led }],
      });
      facts.push({ type: "HOLDS_POSITION", subject: officialId, object: organisationId, title, evidence: [{ quote: office }] });
    }
  }
  return {
    formatVersion: 1,
    article: { id: helper.id("article"), title: `Round-trip report ${articles} ${t}`, language: "en", published: { value: "2024-12" }, text: sentences.join(" ") },
    entities,
    facts,
  };
}

async function ingestSeries(series: string, articleCount: number) {
  for (let i = 0; i < articleCount; i += 1) await ingestAnnotation(helper.executor, seriesArticle(series), `${series}-${i}.json`, { author: TEST_AUTHOR });
}

async function run(series: string) {
  const result = await helper.execute(QUERY, { series, first: 100 });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { data: result.data as unknown as Result, roundTrips: result.roundTrips };
}

/** The answer really went four levels down, for every meeting, so the count below is of real work. */
function expectComplete(data: Result, meetings: number) {
  expect(data.meetings.totalCount).toBe(meetings);
  expect(data.meetings.nodes).toHaveLength(meetings);
  for (const meeting of data.meetings.nodes) {
    expect(meeting.places).toHaveLength(1);
    expect(meeting.participants).toHaveLength(OFFICIALS_PER_MEETING);
    for (const { other } of meeting.participants) {
      expect(other.positions).toHaveLength(1);
      const [position] = other.positions ?? [];
      expect(position?.other.name).toBe(`Ministry of Round Trips ${helper.token}`);
      expect(position?.evidence).toHaveLength(1);
      expect(position?.evidence[0]?.quote).toContain(other.name);
      expect(position?.evidence[0]?.article.title).toMatch(/^Round-trip report \d+ /);
    }
  }
}

/** The same query runs over a series of 5 meetings and one of 50. */
const SMALL = () => `RT-small-${helper.token}`;
const LARGE = () => `RT-large-${helper.token}`;

beforeAll(async () => {
  helper = await TestHelper.create();
  countryId = `country:${helper.token}rt`;
  organisationId = helper.id("org");
  await ingestSeries(SMALL(), 1);
  await ingestSeries(LARGE(), 10);
});
afterAll(() => helper.close());

describe("round trips to Neo4j", () => {
  it("costs one statement per level of the query, the same for 5 meetings as for 50", async () => {
    const small = await run(SMALL());
    expectComplete(small.data, MEETINGS_PER_ARTICLE);
    expect(small.roundTrips).toBe(BATCHES.length);

    const large = await run(LARGE());
    expectComplete(large.data, 10 * MEETINGS_PER_ARTICLE);
    expect(large.roundTrips).toBe(small.roundTrips);
  });

  it("brings each relation's far end and represented country with it, and the list its items' relations: statements equal the relationship depth", async () => {
    const result = await helper.execute(
      `query ($series: String!) { meetings(filter: {series: $series}, first: 20) { nodes { participants { role country { name } other { name ... on Official { positions { title subject { name } object { name } } } } } } } }`,
      { series: LARGE() },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const meetings = (
      result.data as {
        meetings: { nodes: { participants: { country: { name: string }; other: { name: string; positions: { subject: { name: string }; object: { name: string } }[] } }[] }[] };
      }
    ).meetings.nodes;
    expect(meetings).toHaveLength(20);
    for (const { participants } of meetings) {
      expect(participants).toHaveLength(OFFICIALS_PER_MEETING);
      for (const { country, other } of participants) {
        expect(country.name).toBe(`Republic of ${helper.token}`);
        expect(other.positions).toHaveLength(1);
        expect(other.positions[0]?.subject.name).toBe(other.name);
        expect(other.positions[0]?.object.name).toBe(`Ministry of Round Trips ${helper.token}`);
      }
    }
    // The list with the participants (with officials and countries), then the positions (with
    // organisations; their subject is the official in view, already read).
    expect(result.roundTrips).toBe(2);
  });

  it("answers a list's first level of relations from its own statement exactly as each item's own lookup does, with arguments, aliases and fragments", async () => {
    // Relationship fields with arguments (a role, a size, a date range, types and a direction), from literals and from
    // variables, under an alias, in a named fragment and in an inline fragment on an interface; the far ends come along.
    const selection = `id
      led: participants(role: LED_DELEGATION) { id role other { id name } country { name } }
      participants(first: 1) { id role title disputed evidenceCount }
      ...Venue
      ... on Entity { relations(types: [PARTICIPATED_IN, HELD_IN], from: $from, to: $to) { id type direction subject { name } object { name } } }
      chaired: participants(role: $role) { id }`;
    const fragment = `fragment Venue on Meeting { places { id other { name ... on Place { placeKind } } } }`;
    const list = (paging: string) =>
      `query ($series: String!, $from: LocalDate, $to: LocalDate, $role: ParticipationRole${paging ? ", $after: String" : ""}) {
        meetings(filter: {series: $series}, first: 12, orderBy: NAME_ASC${paging}) { ${paging ? "" : "totalCount"} pageInfo { endCursor } nodes { ${selection} } }
      } ${fragment}`;
    const one = `query ($id: ID!, $from: LocalDate, $to: LocalDate, $role: ParticipationRole) { meeting(id: $id) { ${selection} } } ${fragment}`;
    const variables = { series: LARGE(), from: "2024-03-01", to: "2024-06-30", role: "ATTENDED" };

    type Page = { meetings: { pageInfo: { endCursor: string }; nodes: { id: string; led: unknown[]; relations: unknown[] }[] } };
    // The first page with its total (a filtered page counted in the same walk), then the next page from its cursor.
    const first = await helper.execute(list(""), variables);
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    const second = await helper.execute(list(", after: $after"), { ...variables, after: (first.data as Page).meetings.pageInfo.endCursor });
    expect(second.errors, JSON.stringify(second.errors)).toBeUndefined();
    // Every relationship field above is one level down and brings its far ends: the list's statement answers them all.
    expect(first.roundTrips).toBe(1);
    expect(second.roundTrips).toBe(1);

    const nodes = [...(first.data as Page).meetings.nodes, ...(second.data as Page).meetings.nodes];
    expect(nodes).toHaveLength(24);
    expect(nodes.every((node) => node.led.length === 1)).toBe(true);
    // The date range keeps some meetings' relations and not others', so the comparison covers both.
    expect(nodes.some((node) => node.relations.length === 0)).toBe(true);
    expect(nodes.some((node) => node.relations.length === 1 + OFFICIALS_PER_MEETING)).toBe(true);
    for (const node of nodes) {
      const alone = await helper.execute(one, { id: node.id, from: variables.from, to: variables.to, role: variables.role });
      expect(alone.errors, JSON.stringify(alone.errors)).toBeUndefined();
      expect(node).toEqual((alone.data as { meeting: unknown }).meeting);
    }
  });

  it("brings the relations of any list's items, and leaves a field with an argument it refuses to its resolver", async () => {
    const officials = await helper.execute(
      `query ($name: String!) { officials(filter: {name: $name}, first: 6) { nodes { id positions { title other { name } } participations(role: LED_DELEGATION, first: 5) { role other { name } } } } }`,
      { name: `Official 1.0.` },
    );
    expect(officials.errors, JSON.stringify(officials.errors)).toBeUndefined();
    const found = (officials.data as { officials: { nodes: { id: string }[] } }).officials.nodes;
    expect(found.length).toBeGreaterThan(0);
    expect(officials.roundTrips).toBe(1);
    for (const official of found) {
      const alone = await helper.execute(
        `query ($id: ID!) { official(id: $id) { id positions { title other { name } } participations(role: LED_DELEGATION, first: 5) { role other { name } } } }`,
        { id: official.id },
      );
      expect(official).toEqual((alone.data as { official: unknown }).official);
    }

    // An empty page, counted or not, with relationship fields selected on its (absent) items.
    for (const total of ["totalCount", ""]) {
      const empty = await helper.execute(`query ($series: String!) { meetings(filter: {series: $series}) { ${total} nodes { places { id } } } }`, {
        series: `none-${helper.token}`,
      });
      expect(empty.errors, JSON.stringify(empty.errors)).toBeUndefined();
      expect(empty.data).toEqual({ meetings: { ...(total ? { totalCount: 0 } : {}), nodes: [] } });
    }

    // An id of the wrong kind is refused by the field's resolver, as without the list's look-ahead; the places still come with the list.
    const refused = await helper.execute(
      `query ($series: String!) { meetings(filter: {series: $series}, first: 2) { nodes { places { id } participants(country: "org:x") { id } } } }`,
      {
        series: SMALL(),
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.path?.slice(-1)).toEqual(["participants"]);
    expect(refused.roundTrips).toBe(1);
  });

  it("answers a looked-up entity's traversal with the traversal's statement alone, when nothing else of it is asked", async () => {
    const listed = await helper.execute(`query ($series: String!) { meetings(filter: {series: $series}, first: 1) { nodes { id participants { other { id name } } } } }`, {
      series: SMALL(),
    });
    const meeting = (listed.data as { meetings: { nodes: { id: string; participants: { other: { id: string; name: string } }[] }[] } }).meetings.nodes[0]!;
    const [first, second] = meeting.participants.map((p) => p.other);

    const counterparts = await helper.execute(`query ($id: ID!) { official(id: $id) { id counterparts { entity { name } sharedMeetingCount } } }`, { id: first!.id });
    expect(counterparts.errors, JSON.stringify(counterparts.errors)).toBeUndefined();
    expect(counterparts.data).toEqual({ official: { id: first!.id, counterparts: [{ entity: { name: second!.name }, sharedMeetingCount: 1 }] } });
    expect(counterparts.roundTrips).toBe(1);

    const neighbourhood = await helper.execute(`query ($id: ID!) { entity(id: $id) { __typename neighbourhood(hops: 1, limit: 10) { nodes { id } edges { type } } } }`, {
      id: meeting.id,
    });
    expect(neighbourhood.errors, JSON.stringify(neighbourhood.errors)).toBeUndefined();
    const drawn = (neighbourhood.data as { entity: { __typename: string; neighbourhood: { nodes: { id: string }[]; edges: { type: string }[] } } }).entity;
    expect(drawn.__typename).toBe("Meeting");
    expect(drawn.neighbourhood.nodes[0]?.id).toBe(meeting.id);
    expect(drawn.neighbourhood.edges.filter((e) => e.type === "PARTICIPATED_IN")).toHaveLength(OFFICIALS_PER_MEETING);
    expect(neighbourhood.roundTrips).toBe(1);
  });

  it("still says NOT_FOUND for a looked-up entity that does not exist, and an empty list for one with no counterparts", async () => {
    const missing = helper.id("official");
    const absent = await helper.execute(`query ($id: ID!) { official(id: $id) { counterparts { sharedMeetingCount } } }`, { id: missing });
    expect(absent.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(absent.errors?.[0]?.path).toEqual(["official"]);
    expect(absent.roundTrips).toBe(1);

    const loneId = helper.id("official");
    const line = `Lone Official ${helper.token} is Director-General at the Ministry of Round Trips ${helper.token}.`;
    await ingestAnnotation(
      helper.executor,
      {
        formatVersion: 1,
        article: { id: helper.id("article"), title: `Lone official ${helper.token}`, language: "en", published: { value: "2024-12" }, text: line },
        entities: [
          { id: loneId, kind: "Official", name: `Lone Official ${helper.token}` },
          { id: organisationId, kind: "Organisation", orgKind: "MINISTRY", name: `Ministry of Round Trips ${helper.token}` },
        ],
        facts: [{ type: "HOLDS_POSITION", subject: loneId, object: organisationId, title: "Director-General", evidence: [{ quote: line }] }],
      },
      "lone-official.json",
      { author: TEST_AUTHOR },
    );
    const lone = await helper.execute(`query ($id: ID!) { official(id: $id) { id counterparts { sharedMeetingCount } } }`, { id: loneId });
    expect(lone.errors, JSON.stringify(lone.errors)).toBeUndefined();
    expect(lone.data).toEqual({ official: { id: loneId, counterparts: [] } });
  });

  it("fetches a page and its total in one statement", async () => {
    const result = await helper.execute(
      `query ($series: String!) { meetings(filter: {series: $series}, first: 10) { totalCount pageInfo { hasNextPage } nodes { name series } } }`,
      { series: LARGE() },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.meetings).toMatchObject({ totalCount: 50, pageInfo: { hasNextPage: true } });
    expect(result.roundTrips).toBe(1);
  });
});
