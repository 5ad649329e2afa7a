import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher } from "../src/neo4j/cypher-query.js";
import { ArticleBuilder, meeting, official, organisation } from "./support/article-builder.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
});
afterAll(() => helper.close());

const INGEST = `mutation Ingest($annotation: JSON!, $dryRun: Boolean) {
  ingestArticle(annotation: $annotation, dryRun: $dryRun) {
    articleId dryRun article evidenceAdded factsRemoved
    entities { created updated unchanged }
    facts { created updated unchanged }
    warnings { code message entityId similar { id name } }
  }
}`;

const FACTS_OF = `query Facts($id: ID!) {
  official(id: $id) {
    participations { id role other { id name } evidence { quote article { id title } } }
  }
}`;

type IngestResult = {
  articleId: string;
  dryRun: boolean;
  article: string;
  evidenceAdded: number;
  factsRemoved: number;
  entities: { created: string[]; updated: string[]; unchanged: string[] };
  facts: { created: string[]; updated: string[]; unchanged: string[] };
  warnings: { code: string; message: string; entityId: string; similar: { id: string; name: string }[] }[];
};

async function ingest(annotation: unknown, dryRun = false): Promise<IngestResult> {
  const result = await helper.execute(INGEST, { annotation, dryRun });
  expect(result.errors).toBeUndefined();
  return result.data?.ingestArticle as IngestResult;
}

const countOwn = async () => {
  const [row] = await helper.executor.read<{ nodes: number; facts: number }>(
    cypher(
      "test.countOwnGraph",
      `MATCH (n) WHERE n.id CONTAINS $token
       OPTIONAL MATCH (n)<-[:SUBJECT]-(f:Fact)
       RETURN count(DISTINCT n) AS nodes, count(DISTINCT f) AS facts`,
    ),
    { token: helper.token },
  );
  return row;
};

/**
 * Two reports of one summit, with ids of their own: each test builds its own, so that it
 * runs alone (`-t`) or in any order. The first states three facts; the second states
 * again, in other words, the one about who led the delegation.
 */
function twoReports() {
  const ids = { person: helper.id("official"), ministry: helper.id("org"), summit: helper.id("meeting"), forum: helper.id("meeting") };
  const first = new ArticleBuilder(helper, "First report")
    .entity(official(ids.person, "Anong Testperson"))
    .entity(organisation(ids.ministry, "Ministry of Tests"))
    .entity(meeting(ids.summit, "Test Summit", "2024-03-05"))
    .entity(meeting(ids.forum, "Test Forum", "2024-04"))
    .fact({ type: "PARTICIPATED_IN", subject: ids.person, object: ids.summit, role: "LED_DELEGATION" }, "Anong Testperson led the delegation to the Test Summit.")
    .fact({ type: "PARTICIPATED_IN", subject: ids.person, object: ids.forum, role: "ATTENDED" }, "She also attended the Test Forum in April.")
    .fact({ type: "HOLDS_POSITION", subject: ids.person, object: ids.ministry, title: "Minister of Tests" }, "Anong Testperson is the Minister of Tests.");
  const second = new ArticleBuilder(helper, "Second report")
    .entity(official(ids.person, "Anong Testperson"))
    .entity(meeting(ids.summit, "Test Summit", "2024-03-05"))
    .fact({ type: "PARTICIPATED_IN", subject: ids.person, object: ids.summit, role: "LED_DELEGATION" }, "At the Test Summit, the delegation was led by Minister Anong Testperson.");
  return { ids, first, second };
}

describe("ingesting articles through the API", () => {
  it("adds a new article, whose facts then read back with their evidence", async () => {
    const { ids, first } = twoReports();
    const result = await ingest(first.build());
    expect(result).toMatchObject({ articleId: first.id, dryRun: false, article: "CREATED", evidenceAdded: 3 });
    expect(result.entities.created.sort()).toEqual(Object.values(ids).sort());
    expect(result.facts.created).toHaveLength(3);

    const read = await helper.execute(FACTS_OF, { id: ids.person });
    const participations = (read.data?.official as { participations: { role: string; other: { name: string }; evidence: { quote: string; article: { id: string } }[] }[] })
      .participations;
    const led = participations.find((p) => p.role === "LED_DELEGATION");
    expect(led?.other.name).toBe("Test Summit");
    expect(led?.evidence).toEqual([{ quote: "Anong Testperson led the delegation to the Test Summit.", article: { id: first.id, title: "First report" } }]);
  });

  it("changes nothing when the same article comes again", async () => {
    const { first } = twoReports();
    await ingest(first.build());
    const before = await countOwn();
    const result = await ingest(first.build());
    expect(result.article).toBe("UNCHANGED");
    expect(result.entities.created).toEqual([]);
    expect(result.entities.updated).toEqual([]);
    expect(result.facts.created).toEqual([]);
    expect(result.facts.updated).toEqual([]);
    expect(result.evidenceAdded).toBe(0);
    expect(await countOwn()).toEqual(before);
  });

  it("gives a fact another article already states a second piece of evidence, not a duplicate", async () => {
    const { ids, first, second } = twoReports();
    await ingest(first.build());
    const result = await ingest(second.build());
    expect(result.article).toBe("CREATED");
    expect(result.facts.created).toEqual([]);
    expect(result.facts.updated).toHaveLength(1);
    const read = await helper.execute(FACTS_OF, { id: ids.person });
    const led = (read.data?.official as { participations: { role: string; evidence: { article: { id: string } }[] }[] }).participations.filter((p) => p.role === "LED_DELEGATION");
    expect(led).toHaveLength(1);
    expect(led[0]?.evidence.map((e) => e.article.id).sort()).toEqual([first.id, second.id].sort());
  });

  it("removing the first article removes what only it supported; the shared fact keeps its other evidence", async () => {
    const { ids, first, second } = twoReports();
    await ingest(first.build());
    await ingest(second.build());
    const removal = await helper.execute(`mutation { removeArticle(id: "${first.id}") { articleId evidenceRemoved factsRemoved entitiesRemoved } }`);
    expect(removal.errors).toBeUndefined();
    expect(removal.data?.removeArticle).toEqual({ articleId: first.id, evidenceRemoved: 3, factsRemoved: 2, entitiesRemoved: 2 });

    const read = await helper.execute(FACTS_OF, { id: ids.person });
    const participations = (read.data?.official as { participations: { role: string; evidence: { quote: string; article: { id: string } }[] }[] }).participations;
    expect(participations).toHaveLength(1);
    expect(participations[0]?.evidence).toEqual([
      { quote: "At the Test Summit, the delegation was led by Minister Anong Testperson.", article: { id: second.id, title: "Second report" } },
    ]);
    const gone = await helper.execute(`{ a: node(id: "${ids.forum}") { id } b: node(id: "${ids.ministry}") { id } c: node(id: "${first.id}") { id } }`);
    expect(gone.data).toEqual({ a: null, b: null, c: null });
  });

  it("reports, in a dry run, what a real run would do, and keeps nothing", async () => {
    const builder = new ArticleBuilder(helper, "Dry run").entity(official(helper.id("official"), "Dry Runner")).entity(meeting(helper.id("meeting"), "Dry Meeting"));
    const before = await countOwn();
    const result = await ingest(builder.build(), true);
    expect(result).toMatchObject({ dryRun: true, article: "CREATED" });
    expect(result.entities.created).toHaveLength(2);
    expect(await countOwn()).toEqual(before);
  });

  it("warns when a new person's name resembles an existing one, naming the existing entity", async () => {
    const { ids, first } = twoReports();
    await ingest(first.build());
    const builder = new ArticleBuilder(helper, "Namesake").entity(official(helper.id("official"), "Somchai Testperson"));
    const result = await ingest(builder.build());
    const warning = result.warnings.find((w) => w.code === "SIMILAR_NAME");
    expect(warning?.message).toMatch(/a person with a similar name already exists: Anong Testperson/);
    expect(warning?.similar.map((s) => s.id)).toContain(ids.person);
  });
});

describe("several terms of one office", () => {
  const HOLDERS = `query($title: String!, $on: LocalDate!, $organisation: ID) {
    officeHolders(title: $title, on: $on, organisation: $organisation) { official { id } certainty relation { id term span { certainStart certainEnd possibleStart possibleEnd } } }
  }`;
  const EVIDENCE_OF = `query($id: ID!) { entity(id: $id) { ... on Official { positions { id evidence { quote past asOf { value } statedFrom { value } statedUntil { value } } } } } }`;
  const person = () => helper.id("official");

  /** An article stating a term of office; `published` is when it appeared. */
  function termArticle(p: string, ministry: string, sentence: string, dates: Record<string, unknown>, options: { published: string; past?: boolean; term?: number }) {
    const annotation = new ArticleBuilder(helper, `Terms ${sentence}`)
      .entity(official(p, `Termholder ${helper.token}`))
      .entity(organisation(ministry, `Ministry of Terms ${helper.token}`))
      .fact({ type: "HOLDS_POSITION", subject: p, object: ministry, title: "Minister of Terms", ...dates, ...(options.term ? { term: options.term } : {}) } as never, sentence)
      .build() as unknown as Record<string, any>;
    annotation.article.published = { value: options.published };
    if (options.past) annotation.facts[0].evidence[0].past = true;
    return annotation;
  }

  it("keeps another article's conflicting dates on its evidence and warns, naming both", async () => {
    const p = person();
    const ministry = helper.id("org");
    await ingest(
      termArticle(p, ministry, "He previously held the post from 2016 to 2023.", { from: { text: "2016" }, until: { text: "2023" } }, { published: "2024-01-10", past: true }),
    );
    const result = await ingest(termArticle(p, ministry, "He became minister again on 20 November 2024.", { from: { text: "20 November 2024" } }, { published: "2025-01-10" }));
    const warning = result.warnings.find((w) => w.code === "DATE_CONFLICT");
    expect(warning?.message).toMatch(/from 2024-11-20 \(the graph has 2016\)/);
    expect(warning?.message).toMatch(/term: 2/);
    type Positions = { positions: { evidence: { quote: string; past: boolean; statedFrom: { value: string } | null }[] }[] };
    const { positions } = (await helper.execute(EVIDENCE_OF, { id: p })).data?.entity as Positions;
    expect(positions).toHaveLength(1);
    const evidence = positions[0]?.evidence ?? [];
    expect(evidence.find((e) => /again/.test(e.quote))?.statedFrom?.value).toBe("2024-11-20");
    expect(evidence.find((e) => /previously/.test(e.quote))).toMatchObject({ past: true, asOf: null, statedFrom: { value: "2016" }, statedUntil: { value: "2023" } });
  });

  it("answers officeHolders right during, between and after two terms, certain always within possible", async () => {
    const p = person();
    const ministry = helper.id("org");
    await ingest(
      termArticle(p, ministry, "He previously held the post from 2016 to 2023.", { from: { text: "2016" }, until: { text: "2023" } }, { published: "2025-01-10", past: true }),
    );
    const second = await ingest(
      termArticle(p, ministry, "He became minister again on 20 November 2024.", { from: { text: "20 November 2024" } }, { published: "2025-01-10", term: 2 }),
    );
    expect(second.facts.created).toHaveLength(1);
    expect(second.warnings.filter((w) => w.code === "DATE_CONFLICT")).toEqual([]);
    const on = async (day: string) => {
      const result = await helper.execute(HOLDERS, { title: "Minister of Terms", on: day, organisation: ministry });
      expect(result.errors).toBeUndefined();
      return result.data?.officeHolders as { official: { id: string }; certainty: string; relation: { term: number; span: Record<string, string | null> } }[];
    };
    expect((await on("2020-06-01")).map((h) => [h.certainty, h.relation.term])).toEqual([["CERTAIN", 1]]);
    expect(await on("2024-06-01")).toEqual([]);
    expect((await on("2025-01-05")).map((h) => [h.certainty, h.relation.term])).toEqual([["CERTAIN", 2]]);
    for (const day of ["2020-06-01", "2025-01-05"]) {
      for (const { relation } of await on(day)) {
        const { certainStart, certainEnd, possibleStart, possibleEnd } = relation.span;
        if (certainStart && possibleStart) expect(possibleStart <= certainStart).toBe(true);
        if (certainEnd && possibleEnd) expect(certainEnd <= possibleEnd).toBe(true);
      }
    }
  });
});

describe("a meeting's status", () => {
  it("keeps planned and announced meetings apart from held ones", async () => {
    const planned = helper.id("meeting");
    const held = helper.id("meeting");
    const annotation = new ArticleBuilder(helper, "Status")
      .entity({ ...meeting(planned, `Statusplanned Summit ${helper.token}`), status: "PLANNED" } as never)
      .entity(meeting(held, `Statusheld Summit ${helper.token}`))
      .build();
    await ingest(annotation);
    const list = async (status: string) => {
      const result = await helper.execute(`query($status: MeetingStatus, $name: String) { meetings(filter: {status: $status, name: $name}) { nodes { id status } } }`, {
        status,
        name: helper.token,
      });
      expect(result.errors).toBeUndefined();
      return (result.data?.meetings as { nodes: { id: string; status: string }[] }).nodes;
    };
    expect(await list("PLANNED")).toEqual([{ id: planned, status: "PLANNED" }]);
    expect(await list("HELD")).toEqual([{ id: held, status: "HELD" }]);
  });
});

describe("a known id under another name", () => {
  it("warns, naming both, when an article declares a known person's id under another person's name", async () => {
    const person = helper.id("official");
    await ingest(new ArticleBuilder(helper, "First").entity(official(person, "Sok Testsophea")).build());
    const second = new ArticleBuilder(helper, "Second").entity(official(person, "Lay Testchenda")).build();
    for (const dryRun of [true, false]) {
      const warning = (await ingest(second, dryRun)).warnings.find((w) => w.code === "KNOWN_ID_OTHER_NAME");
      expect(warning?.entityId).toBe(person);
      expect(warning?.message).toMatch(/is Sok Testsophea in the graph, but this article declares it as Lay Testchenda/);
    }
  });

  it("stays quiet when the name is the stored one, folded, or a known alias", async () => {
    const person = helper.id("official");
    await ingest(
      new ArticleBuilder(helper, "Aliased").entity({ ...official(person, "Prak Testsokhonn"), aliases: [{ name: "P. Testsokhonn", lang: "en", script: "Latn" }] } as never).build(),
    );
    for (const name of ["PRAK Testsokhonn", "P. Testsokhonn"]) {
      const result = await ingest(new ArticleBuilder(helper, `Again ${name}`).entity(official(person, name)).build());
      expect(
        result.warnings.filter((w) => w.code === "KNOWN_ID_OTHER_NAME"),
        name,
      ).toEqual([]);
    }
  });
});

describe("refusing invalid input", () => {
  it.each([
    ["a missing field", (a: Record<string, any>) => void delete a.article.title, /article\.title/],
    ["an unknown id", (a: Record<string, any>) => void (a.facts[0].object = "meeting:zzzzzzzzzz"), /facts\[0\]\.object: unknown id meeting:zzzzzzzzzz/],
    ["a quote not in the text", (a: Record<string, any>) => void (a.facts[0].evidence[0].quote = "Never said."), /does not occur in the article's text/],
    ["a fact joining the wrong kinds", (a: Record<string, any>) => void (a.facts[0].type = "HELD_IN"), /HELD_IN takes a Meeting as its subject/],
    ["not an annotation at all", () => "just a string" as never, /expected object/],
  ])("refuses %s with BAD_USER_INPUT naming the problem, and leaves the graph unchanged", async (_name, breakIt, message) => {
    const person = helper.id("official");
    const event = helper.id("meeting");
    const annotation = new ArticleBuilder(helper)
      .entity(official(person, "Invalid Case"))
      .entity(meeting(event, "Invalid Meeting"))
      .fact({ type: "PARTICIPATED_IN", subject: person, object: event, role: "ATTENDED" }, "Invalid Case attended the Invalid Meeting.")
      .build() as unknown as Record<string, any>;
    const broken = breakIt(annotation) ?? annotation;
    const before = await countOwn();
    const result = await helper.execute(INGEST, { annotation: broken });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.roundTrips).toBe(0);
    expect(await countOwn()).toEqual(before);
  });
});

describe("editor credentials", () => {
  const mutation = `mutation { removeArticle(id: "article:zzzzzzzzzz") { articleId } }`;

  it("refuses a mutation without a credential before any database work", async () => {
    const result = await helper.execute(mutation, {}, helper.config, { role: "anonymous", name: null });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.roundTrips).toBe(0);
  });

  it("refuses a mutation from a reader with FORBIDDEN, before any database work", async () => {
    const result = await helper.execute(mutation, {}, helper.config, { role: "reader", name: "desk" });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.roundTrips).toBe(0);
  });

  it("lets an editor through (here to a NOT_FOUND for an article that does not exist)", async () => {
    const result = await helper.execute(mutation);
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("corrections", () => {
  it("marks a fact disputed and corrects its date, keeping who changed it, when, and why", async () => {
    const person = helper.id("official");
    const ministry = helper.id("org");
    const builder = new ArticleBuilder(helper)
      .entity(official(person, "Corrected Person"))
      .entity(organisation(ministry, "Ministry of Corrections"))
      .fact({ type: "HOLDS_POSITION", subject: person, object: ministry, title: "Secretary of State" }, "Corrected Person is Secretary of State at the Ministry of Corrections.");
    const ingested = await ingest(builder.build());
    const factId = ingested.facts.created[0]!;

    const disputed = await helper.execute(`mutation($id: ID!) { disputeFact(id: $id, note: "Another source names someone else.") { id disputed disputeNote } }`, { id: factId });
    expect(disputed.data?.disputeFact).toEqual({ id: factId, disputed: true, disputeNote: "Another source names someone else." });

    const corrected = await helper.execute(
      `mutation($id: ID!) { correctFactDate(id: $id, field: FROM, value: "2023-08", note: "Appointed in August 2023 per the gazette.") { from { value precision } span { possibleStart } corrections { action field oldValue newValue note by at } } }`,
      { id: factId },
    );
    expect(corrected.errors).toBeUndefined();
    const relation = corrected.data?.correctFactDate as { from: unknown; span: unknown; corrections: Record<string, unknown>[] };
    expect(relation.from).toEqual({ value: "2023-08", precision: "MONTH" });
    expect(relation.span).toEqual({ possibleStart: "2023-08-01" });
    expect(relation.corrections.map((c) => c.action)).toEqual(["CORRECT", "DISPUTE"]);
    expect(relation.corrections[0]).toMatchObject({ field: "from", oldValue: null, newValue: "2023-08", by: "test-editor", note: "Appointed in August 2023 per the gazette." });
    expect(Number.isNaN(Date.parse(String(relation.corrections[0]?.at)))).toBe(false);

    const bad = await helper.execute(`mutation($id: ID!) { correctFactDate(id: $id, field: UNTIL, value: "2024-13", note: "x") { id } }`, { id: factId });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toMatch(/"2024-13" is not a date/);
  });
});

describe("revision history", () => {
  const REVISIONS = `query Revisions($id: ID!) {
    revisions(article: $id) {
      seq action by via articleId article { id }
      entitiesCreated entitiesRemoved factsCreated factsUpdated factsRemoved evidenceAdded evidenceRemoved at
    }
  }`;
  const revisionsOf = async (id: string) => {
    const result = await helper.execute(REVISIONS, { id });
    expect(result.errors).toBeUndefined();
    return result.data?.revisions as Record<string, unknown>[];
  };

  it("records who created, corrected and removed an article, and when; an unchanged ingest or a dry run records nothing", async () => {
    const person = helper.id("official");
    const summit = helper.id("meeting");
    const sentence = "Revised Person went to the Revision Summit.";
    const builder = new ArticleBuilder(helper, "Revised")
      .entity(official(person, "Revised Person"))
      .entity(meeting(summit, "Revision Summit", "2024-06-01"))
      .fact({ type: "PARTICIPATED_IN", subject: person, object: summit, role: "ATTENDED" }, sentence);
    const original = builder.build();
    await ingest(original);
    await ingest(original);
    await ingest(original, true);
    const created = await revisionsOf(builder.id);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      action: "CREATED",
      by: "test-editor",
      via: "API",
      articleId: builder.id,
      article: { id: builder.id },
      entitiesCreated: 2,
      factsCreated: 1,
      evidenceAdded: 1,
    });
    expect(Number.isNaN(Date.parse(String(created[0]?.at)))).toBe(false);

    // The editor finds the role was wrong, fetches the article's annotation, fixes it and
    // sends it back: the old fact loses its only evidence and goes, the corrected one takes its place.
    const fetched = await helper.execute(`query($id: ID!) { article(id: $id) { annotation } }`, { id: builder.id });
    expect(fetched.errors).toBeUndefined();
    const corrected = (fetched.data?.article as { annotation: { facts: { role: string }[] } }).annotation;
    expect(corrected).toMatchObject(original as object);
    expect((await ingest(structuredClone(corrected))).article).toBe("UNCHANGED");
    corrected.facts[0]!.role = "LED_DELEGATION";
    const result = await ingest(corrected);
    expect(result).toMatchObject({ article: "UPDATED", factsRemoved: 1 });
    expect(result.facts.created).toHaveLength(1);
    const roles = await helper.execute(FACTS_OF, { id: person });
    expect((roles.data?.official as { participations: { role: string }[] }).participations.map((p) => p.role)).toEqual(["LED_DELEGATION"]);

    const removal = await helper.execute(`mutation($id: ID!) { removeArticle(id: $id) { articleId } }`, { id: builder.id });
    expect(removal.errors).toBeUndefined();

    const [sources] = await helper.executor.read<{ n: number }>(cypher("test.sourcesOf", `MATCH (s:ArticleSource {articleId: $id}) RETURN count(s) AS n`), { id: builder.id });
    expect(sources?.n).toBe(0);

    const history = await revisionsOf(builder.id);
    expect(history.map((r) => [r.seq, r.action])).toEqual([
      [3, "REMOVED"],
      [2, "UPDATED"],
      [1, "CREATED"],
    ]);
    expect(history[1]).toMatchObject({ factsCreated: 1, factsRemoved: 1, evidenceAdded: 1, evidenceRemoved: 1 });
    expect(history[0]).toMatchObject({ by: "test-editor", via: "API", article: null, factsRemoved: 1, entitiesRemoved: 2, evidenceRemoved: 1 });
    const times = history.map((r) => Date.parse(String(r.at)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("lists an article's revisions on the article itself", async () => {
    const builder = new ArticleBuilder(helper, "Own history").entity(official(helper.id("official"), "Historied Person"));
    await ingest(builder.build());
    const result = await helper.execute(`query($id: ID!) { article(id: $id) { revisions { action by via } } }`, { id: builder.id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.article).toEqual({ revisions: [{ action: "CREATED", by: "test-editor", via: "API" }] });
  });

  it("refuses an id that is not an article's, naming the argument", async () => {
    const result = await helper.execute(`{ revisions(article: "official:abcdefghij") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/"article" takes an id starting "article:"/);
  });
});
