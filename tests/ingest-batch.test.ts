import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../bench/generate.js";
import type { NormalizedArticle } from "../src/domain/annotation/annotation.normalize.js";
import type { AnnotationInput } from "../src/domain/annotation/annotation.schema.js";
import { validateAnnotation } from "../src/domain/annotation/annotation.validate.js";
import { ingestBatch, ingestValidated } from "../src/domain/editing/ingest-annotation.js";
import type { LoadReport } from "../src/domain/editing/load-article.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { corpusAnnotations } from "./support/corpus-fixtures.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

/**
 * A batch of articles written in one transaction must leave the graph, and report for
 * each article, exactly what writing them one per transaction does. The same articles go
 * into two copies of the data, each under its own ids: one written article by article, the
 * other as batches; then every report and every node and relationship of the two copies
 * are compared, the one copy's ids read as the other's.
 */

/** Every node a copy owns (as TestHelper.close finds them), with its properties and outgoing relationships. */
const COPY_GRAPH = cypher(
  "test.copyGraph",
  `CALL () {
     MATCH (n) WHERE n.id CONTAINS $token OR n.articleId CONTAINS $token
     RETURN n
   UNION
     MATCH (n:Fact)-[:SUBJECT]->(s) WHERE s.id CONTAINS $token
     RETURN n
   }
   RETURN labels(n) AS labels, properties(n) AS props,
          [(n)-[r]->(m) | {type: type(r), to: coalesce(m.id, m.articleId), props: properties(r)}] AS out`,
);

/** What differs between two loads of the same article whatever the order: when, and which load. */
const VOLATILE = new Set(["createdAt", "createdBy"]);

const MEETING_DATE = cypher(
  "test.meetingDate",
  `MATCH (m:Meeting {id: $id}) RETURN m.dateEarliest AS dateEarliest, m.startEarliest AS startEarliest, m.dateEarliestInferredFrom AS inferredFrom`,
);

type Prefix = Parameters<TestHelper["id"]>[0];

/**
 * The annotation with every name the name index reads (entity names, aliases, a meeting's
 * series) replaced by one made of the copy's token, so that other test files searching the
 * corpus's names while this one runs never find these copies. `names` carries the new
 * names from one article to the next, so an entity keeps one name across the corpus.
 */
function renamed(annotation: AnnotationInput, token: string, names: Map<string, string>): AnnotationInput {
  const copy = structuredClone(annotation);
  const nameFor = (name: string) => {
    if (!names.has(name)) names.set(name, `x${token}n${names.size}`);
    return names.get(name)!;
  };
  for (const entity of copy.entities as (AnnotationInput["entities"][number] & { series?: string })[]) {
    entity.name = nameFor(entity.name);
    for (const alias of entity.aliases ?? []) alias.name = nameFor(alias.name);
    if (entity.series) entity.series = nameFor(entity.series);
  }
  return copy;
}

/**
 * One copy's articles, in the order they are written. The corpus under the copy's own ids
 * (its articles share entities and facts: Cambodia, a ministry's BELONGS_TO); a small
 * generated graph; then a second batch of corrections. `copyOfFirst` repeats the first
 * corpus article under another id, less its FOLLOWS fact and one person the corpus names
 * only there (so it shares almost all of that article's entities and facts);
 * `corrected` is the first article again with a new title, without that person, the
 * meeting that follows another, and every fact about either: it prunes the person and the
 * facts only it stated, and the meeting loses its inferred date, since the FOLLOWS fact
 * is gone. `restored` is the first article as it was, which creates them all again.
 */
function articlesOf(helper: TestHelper) {
  const ids = new Map<string, string>();
  const own = (id: string) => {
    if (!ids.has(id)) ids.set(id, helper.id(id.slice(0, id.indexOf(":")) as Prefix));
    return ids.get(id)!;
  };
  const rewrite = (value: unknown): unknown => {
    if (typeof value === "string") return ids.get(value) ?? value;
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
    return value;
  };
  const corpus = corpusAnnotations().map(({ annotation }) => annotation);
  for (const annotation of corpus) for (const id of [annotation.article.id, ...annotation.entities.map((e) => e.id)]) own(id);
  const names = new Map<string, string>();
  const [first, ...others] = corpus.map((annotation) => renamed(rewrite(annotation) as AnnotationInput, helper.token, names));

  const follows = first!.facts.find((f) => f.type === "FOLLOWS")!;
  const elsewhere = new Set(others.flatMap((a) => a.entities.map((e) => e.id)));
  const person = first!.entities.find((e) => e.kind === "Official" && !elsewhere.has(e.id))!.id;
  const involves = (fact: AnnotationInput["facts"][number], id: string) => fact.subject === id || fact.object === id || ("country" in fact && fact.country === id);
  const without = (annotation: AnnotationInput, entityIds: string[], dropFacts: (f: AnnotationInput["facts"][number]) => boolean): AnnotationInput => ({
    ...structuredClone(annotation),
    entities: annotation.entities.filter((e) => !entityIds.includes(e.id)),
    facts: annotation.facts.filter((f) => !dropFacts(f) && !entityIds.some((id) => involves(f, id))),
  });
  const copyOfFirst = without(first!, [person], (f) => f === follows);
  copyOfFirst.article.id = helper.id("article");
  const corrected = without(first!, [person, follows.subject], () => false);
  corrected.article.title = `${first!.article.title} (corrected)`;

  // A tag that starts with a letter, so its capitalised form (in series names) also holds the token.
  const generated = generateGraph({ facts: 100, tag: `g${helper.token}` }).articles;
  const normalize = (annotation: AnnotationInput) => validateAnnotation(annotation, annotation.article.id);
  return {
    first: [first!, ...others, ...generated, copyOfFirst, corrected].map(normalize),
    second: [first!, copyOfFirst, corrected, first!].map(normalize),
    follower: follows.subject,
    person,
  };
}

type Articles = ReturnType<typeof articlesOf>;

/**
 * Reads the one copy's ids as the other's: the ids each article derives (facts, evidence,
 * qualifiers) position by position, and the copy's token wherever it occurs (entity ids,
 * the generated graph's names, the stored annotation).
 */
function translator(from: { token: string; articles: NormalizedArticle[] }, to: { token: string; articles: NormalizedArticle[] }) {
  const ids = new Map<string, string>();
  from.articles.forEach((a, k) => {
    const b = to.articles[k]!;
    ids.set(a.article.id, b.article.id);
    a.entities.forEach((e, i) => ids.set(e.id, b.entities[i]!.id));
    a.facts.forEach((f, i) => {
      const g = b.facts[i]!;
      ids.set(f.id, g.id);
      f.evidence.forEach((e, j) => ids.set(e.id, g.evidence[j]!.id));
      f.qualifiers.forEach((q, j) => ids.set(q.id, g.qualifiers[j]!.id));
    });
  });
  const translate = (value: unknown): unknown => {
    if (typeof value === "string") return ids.get(value) ?? value.replaceAll(from.token, to.token);
    if (Array.isArray(value)) return value.map(translate);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translate(v)]));
    return value;
  };
  return translate;
}

/** What one graph holds that the other does not, each way: both empty when they are the same. */
function difference(batchedGraph: string[], singleGraph: string[]) {
  const inSingle = new Set(singleGraph);
  const inBatched = new Set(batchedGraph);
  return { onlyBatched: batchedGraph.filter((line) => !inSingle.has(line)), onlySingle: singleGraph.filter((line) => !inBatched.has(line)) };
}

/** A copy's graph as sorted lines, without what differs between any two loads (times, load ids, revision ids). */
async function graphOf(helper: TestHelper, translate: (value: unknown) => unknown = (v) => v): Promise<string[]> {
  const rows = await helper.executor.read<{ labels: string[]; props: Record<string, unknown>; out: { type: string; to: string; props: Record<string, unknown> }[] }>(COPY_GRAPH, {
    token: helper.token,
  });
  const stable = (props: Record<string, unknown>, labels: string[] = []) =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([k]) => !VOLATILE.has(k) && !(labels.includes("Revision") && (k === "id" || k === "at")))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return (translate(rows) as typeof rows)
    .map((row) =>
      JSON.stringify({
        labels: [...row.labels].sort(),
        props: stable(row.props, row.labels),
        out: row.out.map((r) => JSON.stringify({ type: r.type, to: r.to, props: stable(r.props) })).sort(),
      }),
    )
    .sort();
}

let single: TestHelper;
let batched: TestHelper;
let singleArticles: Articles;
let batchedArticles: Articles;
beforeAll(async () => {
  single = await TestHelper.create();
  batched = await TestHelper.create();
  singleArticles = articlesOf(single);
  batchedArticles = articlesOf(batched);
});
afterAll(async () => {
  await single?.close();
  await batched?.close();
});

/** Writes each article in a transaction of its own. */
async function oneByOne(articles: NormalizedArticle[]): Promise<LoadReport[]> {
  const reports: LoadReport[] = [];
  for (const article of articles) reports.push(await ingestValidated(single.executor, article, { author: TEST_AUTHOR }));
  return reports;
}

/** Writes the articles as one batch, and counts the statements it sent. */
async function asOneBatch(articles: NormalizedArticle[]): Promise<{ reports: LoadReport[]; statements: number }> {
  const executor = batched.executor.forRequest();
  const outcomes = await ingestBatch(executor, articles, { author: TEST_AUTHOR });
  const reports = outcomes.map((outcome) => {
    if ("error" in outcome) throw outcome.error;
    return outcome.report;
  });
  return { reports, statements: executor.roundTrips };
}

describe("a batch of articles in one transaction", () => {
  const translate = () =>
    translator(
      { token: single.token, articles: [...singleArticles.first, ...singleArticles.second] },
      { token: batched.token, articles: [...batchedArticles.first, ...batchedArticles.second] },
    );

  it("reports for each article, and leaves in the graph, what writing them one per transaction does, in six statements", async () => {
    const expected = await oneByOne(singleArticles.first);
    const { reports, statements } = await asOneBatch(batchedArticles.first);

    // The batch is the case it claims to be: articles that share entities and a fact, and a correction that prunes.
    const corpusShared = batchedArticles.first.slice(0, 5).flatMap((a) => a.facts.map((f) => f.id));
    expect(corpusShared.length).toBeGreaterThan(new Set(corpusShared).size);
    const corrected = reports.at(-1)!;
    expect(corrected).toMatchObject({ article: "updated" });
    expect(corrected.entitiesRemoved).toBeGreaterThan(0);
    expect(corrected.factsRemoved).toBeGreaterThan(0);
    expect(corrected.evidenceRemoved).toBeGreaterThan(0);
    expect(reports.at(-2)?.entities.unchanged.length).toBeGreaterThan(0);
    expect(reports.at(-2)?.evidenceAdded).toBeGreaterThan(0);

    // The meeting that follows another is now named only by the copy, which never said so: its date is its own again.
    for (const [helper, articles] of [
      [single, singleArticles],
      [batched, batchedArticles],
    ] as const) {
      const [meeting] = await helper.executor.read(MEETING_DATE, { id: articles.follower });
      expect(meeting).toEqual({ dateEarliest: "2024-01-01", startEarliest: "2024-01-01", inferredFrom: null });
    }

    expect(reports).toEqual(translate()(expected));
    const [batchedGraph, singleGraph] = [await graphOf(batched), await graphOf(single, translate())];
    expect(difference(batchedGraph, singleGraph)).toEqual({ onlyBatched: [], onlySingle: [] });
    expect(batchedGraph.length).toBe(singleGraph.length);
    // The lock, the articles, the facts' spans read and written, the meetings' dates, the revisions.
    expect(statements).toBe(6);
  });

  it("does so again for a batch that writes one article three times, re-creating what its correction pruned", async () => {
    const expected = await oneByOne(singleArticles.second);
    const { reports, statements } = await asOneBatch(batchedArticles.second);

    const [restored, copy, corrected, again] = reports;
    expect(restored?.entities.created).toContain(batchedArticles.person);
    expect(restored?.facts.created.length).toBeGreaterThan(0);
    expect(copy?.article).toBe("unchanged");
    expect(corrected?.entitiesRemoved).toBeGreaterThan(0);
    expect(again?.entities.created).toContain(batchedArticles.person);

    expect(reports).toEqual(translate()(expected));
    const [batchedGraph, singleGraph] = [await graphOf(batched), await graphOf(single, translate())];
    expect(difference(batchedGraph, singleGraph)).toEqual({ onlyBatched: [], onlySingle: [] });
    expect(batchedGraph.length).toBe(singleGraph.length);
    expect(statements).toBe(6);
  });
});
