import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { corpusAnnotations } from "./support/corpus-fixtures.js";
import type { Principal } from "../src/auth/credentials.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

/**
 * The editor's workflow end to end: draft a seed article's raw text on a graph
 * that holds only the other articles, ingest the draft as it stands, and find
 * the article's officials and meetings in the graph.
 */
let helper: TestHelper;
const seed = corpusAnnotations().find(({ file }) => file.includes("003_"))!.annotation;

beforeAll(async () => {
  helper = await TestHelper.create();
  for (const { file, annotation } of corpusAnnotations()) {
    if (annotation.article.id !== seed.article.id) await ingestAnnotation(helper.executor, annotation, file, { author: TEST_AUTHOR });
  }
});
afterAll(() => helper.close());

const DRAFT = `query($text: String!, $language: String!, $title: String!, $url: String, $published: LocalDate) {
  draftArticle(text: $text, language: $language, title: $title, url: $url, published: $published) {
    annotation
    entities { id kind name confidence reasons linkedId candidates { id name score } linkReason }
    facts { index confidence reason }
  }
}`;

type Draft = {
  annotation: { article: { id: string }; entities: { id: string; kind: string; name: string }[]; facts: { type: string; subject: string; object: string; role?: string }[] };
  entities: { id: string; kind: string; linkedId: string | null; confidence: number }[];
  facts: { index: number; confidence: number; reason: string }[];
};

describe("draftArticle, then ingestArticle", () => {
  it("drafts a Thai article the graph lacks, links what the graph knows, and the draft ingests as it stands", async () => {
    const url = `https://example.org/drafts/${helper.token}`;
    const drafted = await helper.execute(DRAFT, { text: seed.article.text, language: seed.article.language, title: seed.article.title, url, published: "2024-05-13" });
    expect(drafted.errors).toBeUndefined();
    const draft = drafted.data!.draftArticle as Draft;
    expect(draft.annotation.article.id).not.toBe(seed.article.id);
    expect(draft.facts).toHaveLength(draft.annotation.facts.length);

    // The graph already holds ASEAN and the Department of ASEAN Affairs from the other articles.
    const linked = draft.entities.filter((e) => e.linkedId && e.kind !== "Country").map((e) => e.linkedId);
    expect(linked).toEqual(expect.arrayContaining(["org:vbxxv3ta5u"]));

    const ingested = await helper.execute(`mutation($a: JSON!) { ingestArticle(annotation: $a) { articleId entities { created } } }`, { a: draft.annotation });
    expect(ingested.errors).toBeUndefined();

    const officials = draft.annotation.entities.filter((e) => e.kind === "Official");
    const meetings = draft.annotation.entities.filter((e) => e.kind === "Meeting");
    expect(officials.map((o) => o.name)).toContain("พลพงศ์ วังแพน");
    expect(meetings.length).toBeGreaterThan(0);
    const led = draft.annotation.facts.find((f) => f.type === "PARTICIPATED_IN" && f.role === "LED_DELEGATION");
    expect(led).toBeDefined();

    const found = await helper.execute(`query($id: ID!) { meeting(id: $id) { name ordinal participants { role subject { name } } } }`, { id: led!.object });
    expect(found.errors).toBeUndefined();
    const meeting = found.data!.meeting as { name: string; ordinal: number; participants: { role: string; subject: { name: string } }[] };
    expect(meeting.ordinal).toBe(16);
    expect(meeting.participants).toContainEqual({ role: "LED_DELEGATION", subject: { name: "พลพงศ์ วังแพน" } });

    const official = await helper.execute(`query($id: ID!) { official(id: $id) { name } }`, { id: led!.subject });
    expect((official.data!.official as { name: string }).name).toBe("พลพงศ์ วังแพน");

    const removed = await helper.execute(`mutation($id: ID!) { removeArticle(id: $id) { articleId } }`, { id: draft.annotation.article.id });
    expect(removed.errors).toBeUndefined();
    // Its own limit: an ingest and a removal on a loaded machine take longer than a query.
  }, 240_000);

  it("writes nothing and needs an editor credential", async () => {
    const reader: Principal = { role: "reader", name: "test-reader" };
    const refused = await helper.execute(DRAFT, { text: "Text.", language: "en", title: "T" }, helper.config, reader);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const text = `H.E. Maria SANTOS ${helper.token} led the delegation to the 2nd Mekong Summit in Vientiane.`;
    const ok = await helper.execute(DRAFT, { text, language: "en", title: "T" });
    expect(ok.errors).toBeUndefined();
    const draft = ok.data!.draftArticle as Draft;
    const stored = await helper.execute(`query($id: ID!) { article(id: $id) { id } }`, { id: draft.annotation.article.id });
    expect(stored.data?.article ?? null).toBeNull();
  });

  it("refuses a language that is not an ISO 639 code", async () => {
    const bad = await helper.execute(DRAFT, { text: "Text.", language: "English", title: "T" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
