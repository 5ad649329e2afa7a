import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf/node/index.js";
import { parse as parseGraphml } from "graphology-graphml/node/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import type { RunningServer } from "../src/server/start-server.js";
import { postGraphql } from "./support/http.js";
import { TestHelper } from "./support/test-helper.js";

const READER_KEY = "desk-reader-key-for-exports";
const AUTH = { authorization: `Bearer ${READER_KEY}` };
const MEETING = "meeting:rr2a2sjjqn"; // the 16th ASCCO meeting
const SOPHEA = "official:s47nxbs4rl"; // Sok Chenda Sophea
const KUNG_PHOAK = "official:gct3sfqxbx";
const PHONPHONG = "official:y6uvverkdj";

let helper: TestHelper;
let server: RunningServer;

beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
  server = await helper.startServer({ DIPLOGRAPH_READER_KEYS: `desk:${READER_KEY}` });
});
afterAll(() => helper.close());

interface Reference {
  nodes: string[];
  edges: { id: string; source: string; target: string; type: string }[];
}

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await postGraphql(server.url, query, variables, AUTH);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** The neighbourhood as the GraphQL field gives it: what every export of it must hold, no more and no less. */
async function neighbourhood(id: string): Promise<Reference> {
  const data = await graphql(
    `
      query N($id: ID!) {
        entity(id: $id) {
          neighbourhood(hops: 1, limit: 100) {
            nodes {
              id
            }
            edges {
              id
              source
              target
              type
            }
          }
        }
      }
    `,
    { id },
  );
  const n = (data.entity as { neighbourhood: { nodes: { id: string }[]; edges: Reference["edges"] } }).neighbourhood;
  return { nodes: n.nodes.map((x) => x.id), edges: n.edges };
}

async function exported(format: string, query: string, headers: Record<string, string> = AUTH) {
  const response = await fetch(`${server.url}/export/${format}?${query}`, { headers });
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

const sorted = (values: Iterable<string>) => [...values].sort();

function expectSameGraph(graph: MultiDirectedGraph, reference: Reference) {
  expect(sorted(graph.nodes())).toEqual(sorted(reference.nodes));
  expect(sorted(graph.edges())).toEqual(sorted(reference.edges.map((e) => e.id)));
  for (const edge of reference.edges) {
    expect(graph.source(edge.id)).toBe(edge.source);
    expect(graph.target(edge.id)).toBe(edge.target);
  }
}

describe("GET /export", () => {
  it("writes a neighbourhood as GraphML that graphology reads back with every node and edge, and their attributes", async () => {
    const reference = await neighbourhood(MEETING);
    expect(reference.edges.length).toBeGreaterThan(3);
    const { status, type, text } = await exported("graphml", `of=neighbourhood&id=${MEETING}&hops=1&limit=100`);
    expect(status, text).toBe(200);
    expect(type).toContain("graphml");
    const graph = parseGraphml(MultiDirectedGraph, text);
    expectSameGraph(graph, reference);
    const meeting = graph.getNodeAttributes(MEETING);
    expect(meeting).toMatchObject({ kind: "Meeting", name: expect.stringContaining("Coordinating Conference"), label: expect.stringContaining("Coordinating Conference") });
    for (const node of graph.nodes()) expect(graph.getNodeAttribute(node, "kind")).toMatch(/^(Official|Organisation|Country|Place|Meeting|Framework|Topic)$/);
    for (const edge of graph.edges()) {
      const a = graph.getEdgeAttributes(edge);
      expect(a.type).toBe(reference.edges.find((e) => e.id === edge)?.type);
      expect(a.certainty).toMatch(/^(CERTAIN|POSSIBLE)$/);
      expect(String(a.quotes).length).toBeGreaterThan(0);
      expect(String(a.articleTitles).length).toBeGreaterThan(0);
      expect(a.evidenceCount).toBeGreaterThan(0);
    }
  });

  it("writes GEXF that graphology reads back with every node and edge", async () => {
    const reference = await neighbourhood(MEETING);
    const { status, text } = await exported("gexf", `of=neighbourhood&id=${MEETING}`);
    expect(status, text).toBe(200);
    const graph = parseGexf(MultiDirectedGraph, text);
    expectSameGraph(graph, reference);
    for (const node of graph.nodes()) {
      expect(graph.getNodeAttribute(node, "label")).toBeTruthy();
      expect(graph.getNodeAttribute(node, "kind")).toBeTruthy();
    }
    for (const edge of graph.edges()) expect(graph.getEdgeAttribute(edge, "quotes")).toBeTruthy();
  });

  it("writes CSV, nodes and edges, that a CSV parser reads back whole, quotes with commas and line breaks included", async () => {
    const reference = await neighbourhood(SOPHEA);
    const nodes = await exported("csv", `of=neighbourhood&id=${SOPHEA}&table=nodes`);
    const edges = await exported("csv", `of=neighbourhood&id=${SOPHEA}`);
    expect(nodes.status, nodes.text).toBe(200);
    expect(edges.type).toContain("text/csv");
    const nodeRows = parseCsv(nodes.text, { columns: true }) as Record<string, string>[];
    const edgeRows = parseCsv(edges.text, { columns: true }) as Record<string, string>[];
    expect(sorted(nodeRows.map((r) => r.Id!))).toEqual(sorted(reference.nodes));
    expect(sorted(edgeRows.map((r) => r.Id!))).toEqual(sorted(reference.edges.map((e) => e.id)));
    for (const row of edgeRows) {
      const edge = reference.edges.find((e) => e.id === row.Id)!;
      expect([row.Source, row.Target, row.factType]).toEqual([edge.source, edge.target, edge.type]);
      expect(row.quotes!.length).toBeGreaterThan(0);
    }
    const self = nodeRows.find((r) => r.Id === SOPHEA)!;
    expect(self).toMatchObject({ kind: "Official", Label: "Sok Chenda Sophea", countryId: "country:KHM", country: "Cambodia" });
    expect(self.aliases!.split("\n").length).toBeGreaterThan(0);
  });

  it("writes Cytoscape JSON with each edge's evidence as GraphQL gives it: quotes, article titles and URLs", async () => {
    const reference = await neighbourhood(SOPHEA);
    const data = await graphql(
      `
        query E($id: ID!) {
          entity(id: $id) {
            neighbourhood(hops: 1, limit: 100) {
              edges {
                id
                relation {
                  evidence {
                    quote
                    article {
                      title
                      url
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { id: SOPHEA },
    );
    type Ev = { quote: string; article: { title: string; url: string | null } };
    const evidenceOf = new Map(
      (data.entity as { neighbourhood: { edges: { id: string; relation: { evidence: Ev[] } }[] } }).neighbourhood.edges.map((e) => [
        e.id,
        e.relation.evidence.map((x) => [x.quote, x.article.title, x.article.url]).sort(),
      ]),
    );
    const { status, text } = await exported("json", `of=neighbourhood&id=${SOPHEA}`);
    expect(status).toBe(200);
    const body = JSON.parse(text) as {
      elements: {
        nodes: { data: Record<string, unknown> }[];
        edges: { data: Record<string, unknown> & { evidence: { quote: string; articleTitle: string; url: string | null }[] } }[];
      };
    };
    expect(sorted(body.elements.nodes.map((n) => String(n.data.id)))).toEqual(sorted(reference.nodes));
    expect(sorted(body.elements.edges.map((e) => String(e.data.id)))).toEqual(sorted(reference.edges.map((e) => e.id)));
    for (const edge of body.elements.edges) {
      expect(edge.data.evidence.length).toBeGreaterThan(0);
      expect(edge.data.evidence.map((x) => [x.quote, x.articleTitle, x.url]).sort()).toEqual(evidenceOf.get(String(edge.data.id)));
    }
  });

  it("exports a connection with exactly the facts along its paths", async () => {
    const data = await graphql(
      `
        query C($from: ID!, $to: ID!) {
          connection(from: $from, to: $to, maxHops: 4, first: 3) {
            steps {
              from {
                id
              }
              to {
                id
              }
              relation {
                id
              }
            }
          }
        }
      `,
      { from: KUNG_PHOAK, to: PHONPHONG },
    );
    const paths = data.connection as { steps: { from: { id: string }; to: { id: string }; relation: { id: string } }[] }[];
    expect(paths.length).toBeGreaterThan(0);
    const { status, text } = await exported("graphml", `of=connection&from=${KUNG_PHOAK}&to=${PHONPHONG}&maxHops=4&first=3`);
    expect(status, text).toBe(200);
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect(sorted(graph.edges())).toEqual(sorted(new Set(paths.flatMap((p) => p.steps.map((s) => s.relation.id)))));
    expect(sorted(graph.nodes())).toEqual(sorted(new Set(paths.flatMap((p) => p.steps.flatMap((s) => [s.from.id, s.to.id])))));
  });

  it("exports counterparts: the official, each counterpart and the shared meetings, joined by their participations", async () => {
    const data = await graphql(
      `
        query P($id: ID!) {
          official(id: $id) {
            counterparts {
              entity {
                id
              }
              sharedMeetings {
                id
              }
            }
          }
        }
      `,
      { id: SOPHEA },
    );
    const counterparts = (data.official as { counterparts: { entity: { id: string }; sharedMeetings: { id: string }[] }[] }).counterparts;
    expect(counterparts.length).toBeGreaterThan(0);
    const { status, text } = await exported("gexf", `of=counterparts&id=${SOPHEA}`);
    expect(status, text).toBe(200);
    const graph = parseGexf(MultiDirectedGraph, text);
    const expected = new Set([SOPHEA, ...counterparts.map((c) => c.entity.id), ...counterparts.flatMap((c) => c.sharedMeetings.map((m) => m.id))]);
    expect(sorted(graph.nodes())).toEqual(sorted(expected));
    for (const c of counterparts) {
      for (const m of c.sharedMeetings) expect(graph.edges(c.entity.id, m.id).length, `${c.entity.id} → ${m.id}`).toBeGreaterThan(0);
    }
    for (const edge of graph.edges()) expect(graph.getEdgeAttribute(edge, "type")).toBe("PARTICIPATED_IN");
  });

  it("exports a list page, filtered as the list is, with the facts around each listed entity", async () => {
    const data = await graphql(`
      {
        meetings(filter: { country: "country:KHM" }, first: 3) {
          nodes {
            id
          }
        }
      }
    `);
    const listed = (data.meetings as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    const filter = encodeURIComponent(JSON.stringify({ country: "country:KHM" }));
    const { status, text } = await exported("json", `of=meetings&filter=${filter}&first=3&limit=50`);
    expect(status, text).toBe(200);
    const body = JSON.parse(text) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string } }[] } };
    const ids = new Set(body.elements.nodes.map((n) => n.data.id));
    for (const id of listed) expect(ids.has(id)).toBe(true);
    for (const edge of body.elements.edges) expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
    expect(body.elements.edges.length).toBeGreaterThan(0);
  });

  it("exports the topics list: each topic as a Topic node, joined to the meetings that discussed it", async () => {
    const data = await graphql(`
      {
        topics(filter: { name: "border demarcation" }) {
          nodes {
            id
            discussedAt {
              id
              other {
                id
              }
            }
          }
        }
      }
    `);
    const [topic] = (data.topics as { nodes: { id: string; discussedAt: { id: string; other: { id: string } }[] }[] }).nodes;
    expect(topic?.discussedAt.length).toBeGreaterThan(0);
    const filter = encodeURIComponent(JSON.stringify({ name: "border demarcation" }));
    const { status, text } = await exported("json", `of=topics&filter=${filter}&limit=50`);
    expect(status, text).toBe(200);
    const body = JSON.parse(text) as {
      elements: { nodes: { data: { id: string; kind: string } }[]; edges: { data: { id: string; source: string; target: string; type: string } }[] };
    };
    expect(body.elements.nodes.find((n) => n.data.id === topic!.id)?.data.kind).toBe("Topic");
    for (const d of topic!.discussedAt) {
      expect(body.elements.edges.map((e) => e.data)).toContainEqual(expect.objectContaining({ id: d.id, source: d.other.id, target: topic!.id, type: "DISCUSSES" }));
    }
  });

  it("needs the same credentials as /graphql, and refuses bad arguments with the GraphQL fields' codes and words", async () => {
    const anonymous = await exported("graphml", `of=neighbourhood&id=${MEETING}`, {});
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const wrongKey = await exported("graphml", `of=neighbourhood&id=${MEETING}`, { "x-api-key": "not-a-configured-key-at-all" });
    expect(wrongKey.status).toBe(401);
    const hops = await exported("graphml", `of=neighbourhood&id=${MEETING}&hops=3`);
    expect(hops.status).toBe(400);
    expect(JSON.parse(hops.text).errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "hops" } });
    const format = await exported("pdf", `of=neighbourhood&id=${MEETING}`);
    expect(format.status).toBe(400);
    const filter = await exported("csv", `of=meetings&filter=${encodeURIComponent(JSON.stringify({ colour: "red" }))}`);
    expect(filter.status).toBe(400);
    expect(JSON.parse(filter.text).errors[0].message).toMatch(/colour/);
    const missing = await exported("gexf", `of=neighbourhood&id=meeting:zzzzzzzzzz`);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).errors[0].extensions.code).toBe("NOT_FOUND");
  });
});
