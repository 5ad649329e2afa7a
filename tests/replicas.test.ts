import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findFreePort } from "../src/neo4j/embedded/free-port.js";
import { ArticleBuilder, organisation } from "./support/article-builder.js";
import { type MainProcess, startMain } from "./support/main-process.js";
import { TestHelper } from "./support/test-helper.js";

const EDITOR_KEY = "replica-editor-key-0123456789";
let helper: TestHelper;
const replicas: { main: MainProcess; url: string }[] = [];

/** Two server processes on one Neo4j, as behind a load balancer. */
beforeAll(async () => {
  helper = await TestHelper.create();
  const target = inject("neo4j");
  for (let i = 0; i < 2; i += 1) {
    const port = await findFreePort();
    const main = startMain({
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username ?? "",
      NEO4J_PASSWORD: target.password ?? "",
      NEO4J_DATABASE: target.database,
      PORT: String(port),
      SEED_CORPUS: "never",
      LOG_FORMAT: "json",
      DIPLOGRAPH_EDITOR_KEYS: `replica-test:${EDITOR_KEY}`,
    });
    replicas.push({ main, url: `http://127.0.0.1:${port}` });
  }
  await Promise.all(replicas.map((r) => r.main.waitFor(/Diplograph is ready/, 180_000)));
});
afterAll(async () => {
  for (const { main } of replicas) {
    main.child.kill("SIGTERM");
    await main.exited;
  }
  await helper?.close();
});

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[]; extensions?: Record<string, unknown> },
  };
}

describe("reading your own writes across replicas", () => {
  it("returns a write's bookmark, and another replica given it reads the write", async () => {
    const [a, b] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    const org = helper.id("org");
    const annotation = new ArticleBuilder(helper, "Replica test").entity(organisation(org, "Replica Test Ministry")).build();
    const written = await post(a.url, `mutation($a: JSON!) { ingestArticle(annotation: $a) { articleId article } }`, { a: annotation }, { authorization: `Bearer ${EDITOR_KEY}` });
    expect(written.body.errors, JSON.stringify(written.body)).toBeUndefined();
    const bookmark = written.headers.get("x-diplograph-bookmark");
    expect(bookmark).toBeTruthy();
    expect(written.body.extensions?.bookmark).toBe(bookmark);

    const read = await post(b.url, `query($id: ID!) { article(id: $id) { id title } }`, { id: annotation.article.id }, { "x-diplograph-bookmark": bookmark as string });
    expect(read.body.errors, JSON.stringify(read.body)).toBeUndefined();
    expect(read.body.data?.article).toEqual({ id: annotation.article.id, title: "Replica test" });
    // A read returns no bookmark: it changed nothing.
    expect(read.headers.get("x-diplograph-bookmark")).toBeNull();
  });

  it("refuses a malformed bookmark with 400 before any database work", async () => {
    const read = await post(replicas[1]!.url, `{ __typename }`, {}, { "x-diplograph-bookmark": "not a bookmark" });
    expect(read.status).toBe(400);
    expect(read.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
