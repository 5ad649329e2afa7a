import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logging/logger.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { type RunningServer, startServer } from "../src/server/start-server.js";
import { postGraphql } from "./support/http.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
let server: RunningServer;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  helper = await TestHelper.create();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  server = await startServer(helper.configWith({ LOG_LEVEL: "info" }), createLogger("info", sink));
});
afterAll(async () => {
  await server.stop();
  await helper.close();
});

describe("the HTTP server", () => {
  it("answers a POST to /graphql with data read from Neo4j", async () => {
    const id = helper.id("org");
    await helper.executor.write(cypher("test.seedOrg", `CREATE (:Entity:Organisation {id: $id, name: 'Test Ministry', sortName: 'test ministry', orgKind: 'MINISTRY'})`), { id });
    const { status, body } = await postGraphql(server.url, `query Org($id: ID!) { organisation(id: $id) { id name orgKind } }`, { id });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.organisation).toEqual({ id, name: "Test Ministry", orgKind: "MINISTRY" });
  });

  it("is alive at /healthz and ready at /readyz once Neo4j answers and migrations are applied", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("redirects / to /graphiql, which it serves itself under a policy that forbids other origins", async () => {
    const root = await fetch(`${server.url}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/graphiql");
    const page = await fetch(`${server.url}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ["react.js", "react-dom.js", "graphiql.js", "graphiql.css", "operation-name.js"]) {
      expect((await fetch(`${server.url}/graphiql/assets/${asset}`)).status, asset).toBe(200);
    }
    expect((await fetch(`${server.url}/graphiql/assets/../../package.json`)).status).toBe(404);
  });

  it("never shows Apollo's CDN landing page", async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await response.text()).not.toMatch(/apollographql|cdn\./i);
  });

  it("logs one line per request with the operation, its duration and its Cypher statement count, and no Cypher at info level", async () => {
    logLines.length = 0;
    const id = helper.id("org");
    await postGraphql(server.url, `query NamedForTheLog($id: ID!) { node(id: $id) { id } }`, { id });
    const lines = logLines.filter((l) => l.msg === "graphql request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ operation: "NamedForTheLog", cypherStatements: 1 });
    expect(typeof lines[0]?.durationMs).toBe("number");
    expect(JSON.stringify(logLines)).not.toMatch(/MATCH|UNWIND/);
  });

  it("answers a bad id with a coded error that names it, and no stack trace", async () => {
    const { body } = await postGraphql(server.url, `{ official(id: "org:abcdefghij") { id } }`);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "id" });
    expect(body.errors?.[0]?.message).toMatch(/official\(id:\) takes an id starting "official:"; got "org:abcdefghij"/);
    const missing = await postGraphql(server.url, `{ official(id: "official:zzzzzzzzzz") { id } }`);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
