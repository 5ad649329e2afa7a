import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import type { RunningServer } from "../src/server/start-server.js";
import { MANIFEST_SCHEMA, QUERY_BATCH_SCHEMA, RESULT_BATCH_SCHEMA, SUGGEST_ENTITIES_SCHEMA, TYPE_SCHEMA } from "./support/reconciliation-schemas.js";
import { TestHelper } from "./support/test-helper.js";

const READER_KEY = "desk-reader-key-for-reconciling";
const AUTH = { authorization: `Bearer ${READER_KEY}` };
const SOK_CHENDA_SOPHEA = "official:s47nxbs4rl";

let helper: TestHelper;
let server: RunningServer;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(TYPE_SCHEMA);
const validManifest = ajv.compile(MANIFEST_SCHEMA);
const validQueries = ajv.compile(QUERY_BATCH_SCHEMA);
const validResults = ajv.compile(RESULT_BATCH_SCHEMA);
const validSuggest = ajv.compile(SUGGEST_ENTITIES_SCHEMA);

beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
  server = await helper.startServer({ DIPLOGRAPH_READER_KEYS: `desk:${READER_KEY}` });
});
afterAll(() => helper.close());

interface Candidate {
  id: string;
  name: string;
  score: number;
  match: boolean;
  description: string;
  type: { id: string }[];
}
type Results = Record<string, { result: Candidate[] }>;

/** A batch as OpenRefine sends it: POST, form-encoded, the batch in `queries`; checked against the query schema first. */
async function reconcile(queries: Record<string, unknown>): Promise<Results> {
  expect(validQueries(queries), JSON.stringify(validQueries.errors)).toBe(true);
  const response = await fetch(`${server.url}/reconcile`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...AUTH },
    body: new URLSearchParams({ queries: JSON.stringify(queries) }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as Results;
  expect(validResults(body), JSON.stringify(validResults.errors)).toBe(true);
  return body;
}

describe("/reconcile", () => {
  it("serves a manifest that validates against the specification's schema, with types, preview and suggest", async () => {
    const response = await fetch(`${server.url}/reconcile`, { headers: AUTH });
    expect(response.status).toBe(200);
    const manifest = (await response.json()) as Record<string, unknown> & { defaultTypes: { id: string }[]; preview: { url: string } };
    expect(validManifest(manifest), JSON.stringify(validManifest.errors)).toBe(true);
    expect(manifest.versions).toContain("0.2");
    expect(manifest.defaultTypes.map((t) => t.id)).toEqual(expect.arrayContaining(["Official", "Organisation", "Meeting", "Country"]));
    const jsonp = await fetch(`${server.url}/reconcile?callback=jsonp123`, { headers: AUTH });
    expect(await jsonp.text()).toMatch(/^jsonp123\(\{.*\}\);$/s);
    const injected = await fetch(`${server.url}/reconcile?callback=alert(1)//`, { headers: AUTH });
    expect(injected.headers.get("content-type")).toContain("application/json");
  });

  it("answers a batch shaped as the specification's first example, each key with its own candidates", async () => {
    // The specification's example is {"q1": {"query": "Hans-Eberhard Urbaniak"}, "q2": {"query": "Ernst Schwanhold"}}.
    const body = await reconcile({ q1: { query: "Sok Chenda Sophea" }, q2: { query: "Phnom Penh" } });
    expect(Object.keys(body).sort()).toEqual(["q1", "q2"]);
    const [best] = body.q1!.result;
    expect(best).toMatchObject({ id: SOK_CHENDA_SOPHEA, name: "Sok Chenda Sophea", match: true, type: [{ id: "Official", name: "Official" }] });
    expect(body.q2!.result[0]?.name).toMatch(/Phnom Penh/);
  });

  it("answers the same batch sent by GET, as the specification also allows", async () => {
    const queries = { q0: { query: "Sok Chenda Sophea", limit: 1 } };
    const response = await fetch(`${server.url}/reconcile?queries=${encodeURIComponent(JSON.stringify(queries))}`, { headers: AUTH });
    const body = (await response.json()) as Results;
    expect(validResults(body)).toBe(true);
    expect(body.q0!.result.map((c) => c.id)).toEqual([SOK_CHENDA_SOPHEA]);
  });

  it("keeps to the type asked for, and weighs property constraints (country, organisation, date) as candidates does", async () => {
    // Shaped as the specification's second example: query, type, limit, properties [{pid, v}], type_strict.
    const body = await reconcile({
      q0: {
        query: "Sophea",
        type: "Official",
        limit: 5,
        properties: [
          { pid: "country", v: "country:KHM" },
          { pid: "date", v: "2024-01-29" },
        ],
        type_strict: "should",
      },
      q1: { query: "Sophea", type: ["Organisation", "Meeting"], limit: 5 },
      q2: { query: "Sophea", type: "Official", limit: 5, properties: [{ pid: "country", v: [{ id: "country:KHM", name: "Cambodia" }] }] },
      q3: { query: "Sophea", type: "Official", limit: 5, properties: [{ pid: "country", v: "Cambodia" }] },
    });
    expect(body.q0!.result.length).toBeGreaterThan(1);
    for (const c of body.q0!.result) expect(c.type[0]?.id).toBe("Official");
    // The two Cambodian Sopheas: the foreign minister in office on that day ranks first.
    expect(body.q0!.result[0]!.id).toBe(SOK_CHENDA_SOPHEA);
    expect(body.q0!.result[0]!.description).toMatch(/Cambodia/);
    for (const c of body.q1!.result) expect(["Organisation", "Meeting"]).toContain(c.type[0]?.id);
    // A country given as a reconciled entity or as a name counts like its id.
    expect(body.q2!.result[0]!.description).toMatch(/tied to Cambodia/);
    expect(body.q3!.result[0]!.description).toMatch(/tied to Cambodia/);
    const plain = await reconcile({ q: { query: "Sophea", type: "Official", limit: 5 } });
    expect(body.q2!.result[0]!.score).toBeGreaterThan(plain.q!.result.find((c) => c.id === body.q2!.result[0]!.id)!.score);
  });

  it("reconciles topics as their own type, offers the type, and keeps them out of a Framework query", async () => {
    const body = await reconcile({
      t: { query: "Border demarcation", type: "Topic", limit: 3 },
      f: { query: "Border demarcation", type: "Framework", limit: 3 },
    });
    expect(body.t!.result[0]).toMatchObject({ name: "Border demarcation", match: true, type: [{ id: "Topic", name: "Topic" }] });
    expect(body.t!.result[0]!.id).toMatch(/^topic:/);
    expect(body.f!.result.map((c) => c.type[0]?.id)).not.toContain("Topic");
    const types = (await (await fetch(`${server.url}/reconcile/suggest/type?prefix=top`, { headers: AUTH })).json()) as { result: { id: string }[] };
    expect(types.result.map((t) => t.id)).toEqual(["Topic"]);
  });

  it("previews an entity as HTML for OpenRefine's frame, escaped", async () => {
    const response = await fetch(`${server.url}/reconcile/preview?id=${SOK_CHENDA_SOPHEA}`, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("Sok Chenda Sophea");
    expect((await fetch(`${server.url}/reconcile/preview?id=official:zzzzzzzzzz`, { headers: AUTH })).status).toBe(404);
  });

  it("suggests entities, types and properties as the suggest protocol asks", async () => {
    const entities = (await (await fetch(`${server.url}/reconcile/suggest/entity?prefix=${encodeURIComponent("Sok Chenda")}`, { headers: AUTH })).json()) as {
      result: { id: string }[];
    };
    expect(validSuggest(entities), JSON.stringify(validSuggest.errors)).toBe(true);
    expect(entities.result.map((r) => r.id)).toContain(SOK_CHENDA_SOPHEA);
    const types = (await (await fetch(`${server.url}/reconcile/suggest/type?prefix=off`, { headers: AUTH })).json()) as { result: { id: string }[] };
    expect(types.result.map((t) => t.id)).toEqual(["Official"]);
    const properties = (await (await fetch(`${server.url}/reconcile/suggest/property?prefix=coun`, { headers: AUTH })).json()) as { result: { id: string }[] };
    expect(properties.result.map((p) => p.id)).toEqual(["country"]);
  });

  it("needs the same credentials as /graphql, and refuses a malformed batch with a coded error", async () => {
    const anonymous = await fetch(`${server.url}/reconcile`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
    const malformed = await fetch(`${server.url}/reconcile`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...AUTH },
      body: "queries=%7Bnot-json",
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
  });
});
