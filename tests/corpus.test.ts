import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnnotationError, validateAnnotation } from "../src/domain/annotation/annotation.validate.js";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { corpusAnnotation, corpusAnnotations } from "./support/corpus-fixtures.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

const corpus = corpusAnnotations().map(({ file, annotation }) => ({ file, article: validateAnnotation(annotation, file) }));
const articleIds = corpus.map((c) => c.article.article.id);
const entityIds = [...new Set(corpus.flatMap((c) => c.article.entities.map((e) => e.id)))];

const CORPUS_COUNTS = cypher(
  "test.corpusCounts",
  `MATCH (a:Article) WHERE a.id IN $articleIds
   OPTIONAL MATCH (a)<-[:IN]-(e:Evidence)-[:SUPPORTS]->(f:Fact)
   WITH count(DISTINCT a) AS articles, count(DISTINCT e) AS evidence, count(DISTINCT f) AS facts
   MATCH (n:Entity) WHERE n.id IN $entityIds
   WITH articles, evidence, facts, count(n) AS entities
   MATCH (f:Fact)<-[:SUPPORTS]-(:Evidence)-[:IN]->(a:Article) WHERE a.id IN $articleIds
   MATCH (f)-[:SUBJECT]->(s) MATCH (f)-[:OBJECT]->(o) MATCH (s)-[r {factId: f.id}]->(o)
   RETURN articles, evidence, facts, entities, count(DISTINCT r) AS relationships`,
);

const FACT_STATE = cypher(
  "test.factState",
  `UNWIND $facts AS fact
   OPTIONAL MATCH (s:Entity {id: fact.subjectId})-[r {factId: fact.id}]->(o:Entity {id: fact.objectId})
   WHERE type(r) = fact.type
   OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(:Fact {id: fact.id}) WHERE e.id IN fact.evidenceIds
   OPTIONAL MATCH (e)-[:IN]->(a:Article {id: fact.articleId})
   RETURN fact.id AS id, r IS NOT NULL AS related, collect(DISTINCT e.quote) AS quotes, count(DISTINCT a) AS inArticle`,
);

const ENTITY_STATE = cypher(
  "test.entityState",
  `UNWIND $entities AS entity
   OPTIONAL MATCH (n:Entity {id: entity.id})
   OPTIONAL MATCH (:Article {id: entity.articleId})-[m:MENTIONS]->(n)
   RETURN entity.id AS id, n IS NOT NULL AS exists, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, m.forms AS forms`,
);

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
});
afterAll(() => helper.close());

describe("the seed corpus in the graph", () => {
  it("holds every entity each article declares, with its kind and the forms of name that article used", async () => {
    for (const { article } of corpus) {
      const entities = article.entities.map((e) => ({ id: e.id, articleId: article.article.id }));
      const rows = await helper.executor.read<{ id: string; exists: boolean; kind: string; forms: string[] }>(ENTITY_STATE, { entities });
      for (const entity of article.entities) {
        const row = rows.find((r) => r.id === entity.id);
        expect(row, entity.id).toMatchObject({ exists: true, kind: entity.kind });
        expect([...(row?.forms ?? [])].sort()).toEqual([...entity.mentions].sort());
      }
    }
  });

  it("holds every fact as a typed relationship, with each piece of its evidence linked to its article", async () => {
    for (const { article } of corpus) {
      const facts = article.facts.map((f) => ({
        id: f.id,
        type: f.type,
        subjectId: f.subjectId,
        objectId: f.objectId,
        articleId: article.article.id,
        evidenceIds: f.evidence.map((e) => e.id),
      }));
      const rows = await helper.executor.read<{ id: string; related: boolean; quotes: string[]; inArticle: number }>(FACT_STATE, { facts });
      for (const fact of article.facts) {
        const row = rows.find((r) => r.id === fact.id);
        expect(row?.related, `${fact.type} ${fact.subjectId} → ${fact.objectId}`).toBe(true);
        expect([...(row?.quotes ?? [])].sort()).toEqual([...new Set(fact.evidence.map((e) => e.props.quote as string))].sort());
        expect(row?.inArticle).toBe(1);
      }
    }
  });

  it("changes nothing when loaded again: the counts stay the same and every item reports unchanged", async () => {
    const params = { articleIds, entityIds };
    const [before] = await helper.executor.read(CORPUS_COUNTS, params);
    const reports = await loadCorpus(helper.executor);
    const [after] = await helper.executor.read(CORPUS_COUNTS, params);
    expect(after).toEqual(before);
    expect(before).toMatchObject({ articles: 5 });
    for (const report of reports) {
      expect(report.article).toBe("unchanged");
      expect(report.entities.created).toEqual([]);
      expect(report.facts.created).toEqual([]);
      expect(report.facts.updated).toEqual([]);
      expect(report.evidenceAdded).toBe(0);
    }
  });

  it("keeps people who share a short name distinct, each article's short form resolved to its own person", async () => {
    const holders = (form: string) =>
      corpus.flatMap(({ article }) =>
        article.entities.filter((e) => e.kind === "Official" && e.mentions.includes(form)).map((e) => ({ article: article.article.id, id: e.id, name: e.props.name })),
      );
    const sophea = holders("Sophea");
    expect(new Set(sophea.map((h) => h.name))).toEqual(new Set(["Sok Chenda Sophea", "Eat Sophea"]));
    expect(new Set(sophea.map((h) => h.id)).size).toBe(2);
    const chenda = holders("Chenda");
    expect(chenda.map((h) => h.name)).toEqual(["Lay Chenda"]);

    const rows = await helper.executor.read<{ id: string; name: string }>(
      cypher("test.officialsNamed", `MATCH (n:Official) WHERE n.name IN $names RETURN n.id AS id, n.name AS name`),
      { names: ["Sok Chenda Sophea", "Eat Sophea", "Lay Chenda"] },
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
  });

  it("dates the Thai article's meeting 2024-05-09, keeping the Buddhist-era text as stated", async () => {
    const [meeting] = await helper.executor
      .read<Record<string, unknown>>(
        cypher("test.thaiMeeting", `MATCH (:Article {id: 'article:2903cdcf15653440'})-[:MENTIONS]->(m:Meeting) WHERE m.series = 'ASCCO' RETURN m {.*} AS m`),
      )
      .then((rows) => rows.map((r) => r.m as Record<string, unknown>));
    expect(meeting).toMatchObject({ startValue: "2024-05-09", startPrecision: "DAY", startText: "๙ พฤษภาคม ๒๕๖๗", ordinal: 16 });
  });

  it("keeps a date known only to the month at month precision, with its bounds", async () => {
    const rows = await helper.executor.read<{ props: Record<string, unknown> }>(
      cypher("test.appointment", `MATCH (o:Official {name: 'Sok Chenda Sophea'})-[r:HOLDS_POSITION]->() WHERE r.fromValue IS NOT NULL RETURN properties(r) AS props`),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.props).toMatchObject({ fromValue: "2023-08", fromPrecision: "MONTH", fromEarliest: "2023-08-01", fromLatest: "2023-08-31", fromText: "August 2023" });
  });
});

describe("the model's newer parts, as the seed articles state them", () => {
  const MEETING = `query($id: ID!) { entity(id: $id) { ... on Meeting { dateEarliest dateLatest start { value } earliestDayInferredFrom { id } frameworks { qualifiers { property valueType amount unit time { value text } quote article { id } } } participants { other { id } qualifiers { property time { value text } } } } } }`;
  type MeetingOut = {
    dateEarliest: string;
    dateLatest: string;
    start: { value: string };
    earliestDayInferredFrom: { id: string } | null;
    frameworks: { qualifiers: { property: string; valueType: string; amount: number | null; unit: string | null; quote: string; article: { id: string } }[] }[];
    participants: { other: { id: string }; qualifiers: { property: string; time: { value: string; text: string } | null }[] }[];
  };
  const meetingOf = async (id: string) => {
    const result = await helper.execute(MEETING, { id });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data?.entity as MeetingOut;
  };

  it("keeps the 99 percent as a quantity qualifying the 16th ASCCO's review of the APSC Blueprint 2025", async () => {
    const ascco = await meetingOf("meeting:rr2a2sjjqn");
    const qualifiers = ascco.frameworks.flatMap((f) => f.qualifiers);
    expect(qualifiers).toEqual([
      expect.objectContaining({ property: "PROGRESS", valueType: "QUANTITY", amount: 99, unit: "percent", article: { id: "article:2903cdcf15653440" } }),
    ]);
    expect(qualifiers[0]?.quote).toMatch(/ร้อยละ ๙๙/);
  });

  it('keeps "for the first time since mid-2021" as a point in time qualifying Myanmar\'s participation', async () => {
    const retreat = await meetingOf("meeting:g5zifbfog4");
    const myanmar = retreat.participants.find((p) => p.other.id === "country:MMR");
    expect(myanmar?.qualifiers).toEqual([{ property: "FIRST_SINCE", time: { value: "2021", text: "mid-2021" } }]);
  });

  it("dates the follow-up consultation no earlier than the end of the meeting it follows, marked inferred", async () => {
    const consultation = await meetingOf("meeting:nxuyokgd2w");
    expect(consultation.start.value).toBe("2024");
    expect(consultation.dateEarliest).toBe("2024-11-01");
    expect(consultation.earliestDayInferredFrom?.id).toBe("meeting:megjzr6x2n");
    const hltf = await meetingOf("meeting:megjzr6x2n");
    expect(hltf.earliestDayInferredFrom).toBeNull();
    expect(hltf.dateEarliest).toBe("2024-10-29");
  });

  it("keeps the matters meetings discussed that are not frameworks as topics, each with its sentence", async () => {
    const TOPICS = `query($id: ID!) { meeting(id: $id) { topics { mode other { kind name } evidence { quote } } frameworks { other { kind } } } }`;
    const topicsOf = async (id: string) => {
      const result = await helper.execute(TOPICS, { id });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data?.meeting as {
        topics: { mode: string; other: { kind: string; name: string }; evidence: { quote: string }[] }[];
        frameworks: { other: { kind: string } }[];
      };
    };
    const retreat = await topicsOf("meeting:g5zifbfog4");
    expect(retreat.topics.map((t) => [t.mode, t.other.kind, t.other.name])).toEqual([["DISCUSSED", "Topic", "Political crisis in Myanmar"]]);
    expect(retreat.topics[0]?.evidence.map((e) => e.quote)).toContainEqual(expect.stringContaining("the political crisis in Myanmar"));
    expect(retreat.frameworks.every((f) => f.other.kind === "Framework")).toBe(true);
    const conference = await topicsOf("meeting:jt6orlxoa4");
    expect(conference.topics.map((t) => t.other.name)).toEqual(["Border demarcation"]);
    expect(conference.topics[0]?.evidence.map((e) => e.quote)).toContainEqual(expect.stringContaining("boundary markers"));
    const hltf = await topicsOf("meeting:megjzr6x2n");
    expect(hltf.topics.map((t) => t.other.name)).toEqual(["Disaster preparedness and response"]);
  });
});

describe("malformed annotation files", () => {
  /** A copy of a corpus file under this test's own article id, so a write could never touch the corpus. */
  const ownCopy = () => {
    const annotation = structuredClone(corpusAnnotation("001"));
    annotation.article.id = helper.id("article");
    return annotation;
  };
  /** What carries this copy's article id: the article, its evidence, source and revisions. */
  const countOwn = async (articleId: string) => {
    const [row] = await helper.executor.read<{ n: number }>(cypher("test.countOwn", `MATCH (n) WHERE n.id = $id OR n.articleId = $id RETURN count(n) AS n`), { id: articleId });
    return row?.n;
  };

  type Copy = ReturnType<typeof ownCopy>;
  const breakages: [string, (a: Copy) => void, RegExp][] = [
    [
      "a missing field",
      (a) => {
        delete (a.article as { title?: string }).title;
      },
      /article\.title: .*expected string/i,
    ],
    [
      "an unknown id",
      (a) => {
        a.facts[0]!.object = "org:zzzzzzzzzz";
      },
      /facts\[0\]\.object: unknown id org:zzzzzzzzzz/,
    ],
    [
      "a quote not in the text",
      (a) => {
        a.facts[0]!.evidence[0]!.quote = "Nobody said this.";
      },
      /facts\[0\]\.evidence\[0\]\.quote: the quote "Nobody said this\." does not occur/,
    ],
    [
      "a bad date",
      (a) => {
        const meeting = a.entities.find((e) => e.kind === "Meeting") as { start?: { value?: string } };
        meeting.start = { ...meeting.start, value: "2022-02-30" };
      },
      /start\.value: "2022-02-30" is not a date/,
    ],
  ];

  it.each(breakages)("rejects %s with its message, naming the file and the field, and writes nothing", async (_kind, breakIt, message) => {
    const annotation = ownCopy();
    breakIt(annotation);
    const attempt = ingestAnnotation(helper.executor, annotation, "broken.json", { author: TEST_AUTHOR });
    await expect(attempt).rejects.toThrow(AnnotationError);
    await expect(attempt).rejects.toThrow(/^broken\.json is invalid:/);
    await expect(attempt).rejects.toThrow(message);
    expect(await countOwn(annotation.article.id)).toBe(0);
  });

  it("writes the same copy once it is valid, proving the rejections above were the checks and not the copy", async () => {
    const copy = ownCopy();
    const report = await ingestAnnotation(helper.executor, copy, "fixed.json", { author: TEST_AUTHOR });
    expect(report.article).toBe("created");
    expect(await countOwn(copy.article.id)).toBeGreaterThan(1);
  });

  it("leaves the corpus's facts as they were once a test's copy of an article is cleaned up", async () => {
    const EVIDENCE_COUNTS = cypher(
      "test.corpusEvidenceCounts",
      `MATCH (:Article {id: $articleId})<-[:IN]-(:Evidence)-[:SUPPORTS]->(f:Fact)-[:SUBJECT]->(s)
       MATCH (s)-[r {factId: f.id}]->()
       RETURN f.id AS id, r.evidenceCount AS evidenceCount ORDER BY id`,
    );
    const original = corpusAnnotation("001");
    const before = await helper.executor.read(EVIDENCE_COUNTS, { articleId: original.article.id });
    const other = await TestHelper.create();
    const copy = structuredClone(original);
    copy.article.id = other.id("article");
    await ingestAnnotation(other.executor, copy, "copy.json", { author: TEST_AUTHOR });
    const during = await helper.executor.read<{ id: string; evidenceCount: number }>(EVIDENCE_COUNTS, { articleId: original.article.id });
    expect(during.map((row) => row.id)).toEqual(before.map((row) => row.id));
    expect(during.filter((row, i) => row.evidenceCount <= (before[i]?.evidenceCount as number))).toEqual([]);
    await other.close();
    expect(await helper.executor.read(EVIDENCE_COUNTS, { articleId: original.article.id })).toEqual(before);
  });
});
