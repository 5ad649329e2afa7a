import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server/start-server.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
});
afterAll(() => helper.close());

const ask = (server: RunningServer, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: "{ __typename }" }) });

describe("per-client rate limiting", () => {
  it("answers a client over its burst with 429, Retry-After and a coded JSON error, and others still get through", async () => {
    const key = "reader-key-for-rate-limits-0123";
    const server = await helper.startServer({ RATE_LIMIT_PER_MINUTE: "6", RATE_LIMIT_BURST: "3", DIPLOGRAPH_READER_KEYS: `reader:${key}`, DIPLOGRAPH_OPEN_READS: "true" });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await ask(server)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await ask(server);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("RATE_LIMITED");
    // A client with its own credential has its own bucket; an invented key does not.
    expect((await ask(server, { authorization: `Bearer ${key}` })).status).toBe(200);
    expect((await ask(server, { authorization: "Bearer an-invented-key-0123456789" })).status).toBe(429);
  });

  it("can be turned off", async () => {
    const server = await helper.startServer({ RATE_LIMIT_PER_MINUTE: "0", RATE_LIMIT_BURST: "1" });
    for (let i = 0; i < 5; i += 1) expect((await ask(server)).status).toBe(200);
  });
});

describe("introspection", () => {
  it("is refused when configured off, and GraphiQL says so", async () => {
    const server = await helper.startServer({ GRAPHQL_INTROSPECTION: "false", NODE_ENV: "production" });
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __schema { types { name } } }" }),
    });
    // A validation error: GraphQL over HTTP says 200 to a client that takes application/json
    // (fetch's default Accept of any type gets it), with the refusal in `errors` and no `data`.
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: unknown; errors: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.message).toMatch(/introspection/i);
    const init = await (await fetch(`${server.url}/graphiql/init.js`)).text();
    expect(init).toMatch(/Introspection is turned off/);
    const on = await helper.startServer({});
    expect(await (await fetch(`${on.url}/graphiql/init.js`)).text()).toMatch(/var introspection = true/);
  });
});
