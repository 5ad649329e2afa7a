import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher } from "../src/neo4j/cypher-query.js";
import { ArticleBuilder, meeting } from "./support/article-builder.js";
import { TestHelper } from "./support/test-helper.js";

/**
 * Topics: matters meetings discuss that are not frameworks (the South China Sea, border
 * demarcation). One article of this file's own declares a meeting that discussed a topic
 * and reviewed a framework; the topic is then found through every way in: the `topics`
 * list, `search`, `candidates`, the meeting's relations, and `entity`/`topic`.
 */

let helper: TestHelper;
const ids = { meeting: "", topic: "", framework: "", article: "" };
/** A name no other test's data shares, so a search for it finds only this file's topic. */
let topicName = "";

const INGEST = `mutation Ingest($annotation: JSON!, $dryRun: Boolean) {
  ingestArticle(annotation: $annotation, dryRun: $dryRun) { articleId entities { created } facts { created } }
}`;

function article(): ArticleBuilder {
  return new ArticleBuilder(helper, "Ministers discuss the sea")
    .entity(meeting(ids.meeting, `Retreat ${helper.token}`, "2024-01-29"))
    .entity({
      id: ids.topic,
      kind: "Topic",
      name: topicName,
      aliases: [{ name: `SCS ${helper.token}`, lang: "en", script: "Latn", kind: "acronym" }],
      description: "Maritime and territorial disputes in the sea.",
    } as never)
    .entity({ id: ids.framework, kind: "Framework", name: `Code of Conduct ${helper.token}`, frameworkKind: "AGREEMENT" } as never)
    .fact({ type: "DISCUSSES", subject: ids.meeting, object: ids.topic, mode: "DISCUSSED" } as never, "The ministers discussed the situation in the South China Sea.")
    .fact({ type: "DISCUSSES", subject: ids.meeting, object: ids.framework, mode: "REVIEWED" } as never, "They reviewed progress on the Code of Conduct.");
}

beforeAll(async () => {
  helper = await TestHelper.create();
  ids.meeting = helper.id("meeting");
  ids.topic = helper.id("topic");
  ids.framework = helper.id("framework");
  topicName = `South China Sea ${helper.token}`;
  const built = article().build();
  ids.article = built.article.id;
  const result = await helper.execute(INGEST, { annotation: built, dryRun: false });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect((result.data?.ingestArticle as { entities: { created: string[] } }).entities.created).toContain(ids.topic);
});
afterAll(() => helper.close());

async function data(query: string, variables: Record<string, unknown> = {}) {
  const result = await helper.execute(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as Record<string, any>;
}

describe("a topic, once ingested", () => {
  it("is listed by `topics`, by part of its name or alias and by the dates of the meetings that discussed it", async () => {
    const LIST = `query($filter: TopicFilter) { topics(filter: $filter) { totalCount nodes { id kind name description } } }`;
    const byName = await data(LIST, { filter: { name: `china sea ${helper.token}` } });
    expect(byName.topics).toEqual({ totalCount: 1, nodes: [{ id: ids.topic, kind: "Topic", name: topicName, description: "Maritime and territorial disputes in the sea." }] });
    expect((await data(LIST, { filter: { name: `scs ${helper.token}` } })).topics.totalCount).toBe(1);
    const during = await data(LIST, { filter: { name: helper.token, from: "2024-01-01", to: "2024-01-31" } });
    expect(during.topics.nodes.map((n: { id: string }) => n.id)).toEqual([ids.topic]);
    const before = await data(LIST, { filter: { name: helper.token, to: "2023-12-31" } });
    expect(before.topics.totalCount).toBe(0);
  });

  it("is found by `search`, as a Topic, with its description as context, and left out when other kinds are asked for", async () => {
    const SEARCH = `query($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds) { entity { id kind } matchedName context } }`;
    const hits = (await data(SEARCH, { text: topicName, kinds: ["Topic"] })).search;
    expect(hits[0]).toEqual({ entity: { id: ids.topic, kind: "Topic" }, matchedName: topicName, context: "Maritime and territorial disputes in the sea." });
    const others = (await data(SEARCH, { text: topicName, kinds: ["Framework", "Meeting"] })).search;
    expect(others.map((h: { entity: { id: string } }) => h.entity.id)).not.toContain(ids.topic);
  });

  it("is the first of `candidates` for its name as a Topic, and no candidate when a Framework is asked for", async () => {
    const CANDIDATES = `query($name: String!, $kind: EntityKind) { candidates(name: $name, kind: $kind) { entity { id kind } reasons } }`;
    const asTopic = (await data(CANDIDATES, { name: topicName, kind: "Topic" })).candidates;
    expect(asTopic[0].entity).toEqual({ id: ids.topic, kind: "Topic" });
    const asFramework = (await data(CANDIDATES, { name: topicName, kind: "Framework" })).candidates;
    expect(asFramework.map((c: { entity: { id: string } }) => c.entity.id)).not.toContain(ids.topic);
  });

  it("is among the meeting's topics and not its frameworks, and the meeting is where the topic was discussed", async () => {
    const MEETING = `query($id: ID!) { meeting(id: $id) {
      topics { type mode other { id kind name } evidence { quote article { id } } }
      frameworks { type mode other { id kind } }
    } }`;
    const m = (await data(MEETING, { id: ids.meeting })).meeting;
    expect(m.topics).toEqual([
      {
        type: "DISCUSSES",
        mode: "DISCUSSED",
        other: { id: ids.topic, kind: "Topic", name: topicName },
        evidence: [{ quote: "The ministers discussed the situation in the South China Sea.", article: { id: ids.article } }],
      },
    ]);
    expect(m.frameworks).toEqual([{ type: "DISCUSSES", mode: "REVIEWED", other: { id: ids.framework, kind: "Framework" } }]);

    const TOPIC = `query($id: ID!) { topic(id: $id) { id name discussedAt { subject { id } object { id } other { id kind } } } }`;
    const t = (await data(TOPIC, { id: ids.topic })).topic;
    expect(t.discussedAt).toEqual([{ subject: { id: ids.meeting }, object: { id: ids.topic }, other: { id: ids.meeting, kind: "Meeting" } }]);
  });

  it("is answered by `entity(id:)` and `node(id:)` as a Topic, with its generic relations", async () => {
    const ENTITY = `query($id: ID!) {
      entity(id: $id) { __typename id kind name ... on Topic { discussedAt { other { id } } } relations { type other { id } } }
      node(id: $id) { __typename id }
    }`;
    const answer = await data(ENTITY, { id: ids.topic });
    expect(answer.entity).toMatchObject({ __typename: "Topic", id: ids.topic, kind: "Topic", name: topicName, discussedAt: [{ other: { id: ids.meeting } }] });
    expect(answer.entity.relations).toEqual([{ type: "DISCUSSES", other: { id: ids.meeting } }]);
    expect(answer.node).toEqual({ __typename: "Topic", id: ids.topic });
  });

  it("refuses a framework's id for `topic(id:)` and a topic's id for `framework(id:)`, naming the prefix asked for", async () => {
    const wrong = await helper.execute(`query($id: ID!) { topic(id: $id) { id } }`, { id: ids.framework });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrong.errors?.[0]?.message).toBe(`topic(id:) takes an id starting "topic:"; got "${ids.framework}".`);
    const other = await helper.execute(`query($id: ID!) { framework(id: $id) { id } }`, { id: ids.topic });
    expect(other.errors?.[0]?.message).toBe(`framework(id:) takes an id starting "framework:"; got "${ids.topic}".`);
  });

  it("is counted: TOPICS by the year of the meetings that discussed them, and meetings by TOPIC", async () => {
    const COUNTS = `query($topics: TopicFilter, $meetings: MeetingFilter, $of: CountSubject!, $by: [CountDimension!]!) {
      counts(of: $of, by: $by, topics: $topics, meetings: $meetings, ids: 5) { total buckets { keys { value name } count ids } }
    }`;
    const topics = (await data(COUNTS, { of: "TOPICS", by: ["YEAR"], topics: { name: helper.token } })).counts;
    expect(topics).toEqual({ total: 1, buckets: [{ keys: [{ value: "2024", name: "2024" }], count: 1, ids: [ids.topic] }] });
    const meetings = (await data(COUNTS, { of: "MEETINGS", by: ["TOPIC"], meetings: { name: `Retreat ${helper.token}` } })).counts;
    expect(meetings).toEqual({ total: 1, buckets: [{ keys: [{ value: ids.topic, name: topicName }], count: 1, ids: [ids.meeting] }] });
  });
});

describe("where a topic may not stand", () => {
  const ingestProblem = async (mutate: (annotation: Record<string, any>) => void) => {
    const annotation = article().build() as unknown as Record<string, any>;
    annotation.article.id = helper.id("article");
    mutate(annotation);
    const result = await helper.execute(INGEST, { annotation, dryRun: true });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    return { message: result.errors?.[0]?.message ?? "", issues: (result.errors?.[0]?.extensions?.issues ?? []) as { path: string; message: string }[] };
  };

  it("is refused as the object of a framework-only fact, naming the field and the kinds it takes", async () => {
    const { message, issues } = await ingestProblem((a) => {
      a.facts[0].type = "ADOPTED";
      delete a.facts[0].mode;
    });
    expect(issues).toContainEqual({ path: "facts[0].object", message: `ADOPTED takes a Framework as its object, but ${ids.topic} (${topicName}) is a Topic` });
    expect(message).toContain("facts[0].object");
  });

  it("is refused as the subject of an official-only fact, naming the field and the kind it takes", async () => {
    const { issues } = await ingestProblem((a) => {
      a.facts[0] = { ...a.facts[0], type: "VISITED", subject: ids.topic, object: "country:KHM" };
      delete a.facts[0].mode;
      a.entities.push({ id: "country:KHM", kind: "Country", name: "Cambodia" });
    });
    expect(issues).toContainEqual({ path: "facts[0].subject", message: `VISITED takes an Official as its subject, but ${ids.topic} (${topicName}) is a Topic` });
  });

  it("is refused under a framework's prefix, and a topic: id declared as a framework", async () => {
    const { issues } = await ingestProblem((a) => {
      a.entities.find((e: { id: string }) => e.id === ids.framework).kind = "Topic";
      delete a.entities.find((e: { id: string }) => e.id === ids.framework).frameworkKind;
    });
    expect(issues.map((i) => i.message)).toContain(`${ids.framework} has the prefix of a Framework, but kind is Topic`);
  });

  it("leaves the graph as it was: the topic keeps its one fact", async () => {
    const [row] = await helper.executor.read<{ facts: string[] }>(
      cypher("test.topicFacts", `MATCH (:Topic {id: $id})-[r]-() WHERE r.factId IS NOT NULL RETURN collect(type(r)) AS facts`),
      { id: ids.topic },
    );
    expect(row?.facts).toEqual(["DISCUSSES"]);
  });
});
