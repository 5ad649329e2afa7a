import { serverAudits, type AuditResult } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server/start-server.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
let server: RunningServer;

beforeAll(async () => {
  helper = await TestHelper.create();
  server = await helper.startServer();
});
afterAll(async () => {
  await helper.close();
});

/** One line per audit the server falls short of, so a failure says which rule and why. */
function shortfalls(results: AuditResult[]): string[] {
  return results.filter((r) => r.status === "warn" || r.status === "error").map((r) => `${r.status.toUpperCase()} ${r.id} ${r.name}: ${"reason" in r ? r.reason : ""}`);
}

/**
 * graphql-http's audit is the GraphQL-over-HTTP specification's own conformance check:
 * every MUST and SHOULD it tests, against the server as clients reach it. A notice is a
 * MAY the server chose not to do, which the specification allows.
 */
describe("the GraphQL-over-HTTP audit", () => {
  it("passes with no warnings and no errors", async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: `${server.url}/graphql`, fetchFn: fetch })) results.push(await audit.fn());
    expect(results.length).toBeGreaterThan(0);
    expect(shortfalls(results), shortfalls(results).join("\n")).toEqual([]);
  });

  it.each([
    ["application/json", 200],
    ["*/*", 200],
    ["application/graphql-response+json", 400],
    ["application/graphql-response+json, application/json;q=0.9", 400],
  ])("answers a request error for a client accepting %s with %i, the same coded error, and no data", async (accept, status) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept },
      body: JSON.stringify({ query: "{ country(id: " }),
    });
    expect(response.status).toBe(status);
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
    expect("data" in body).toBe(false);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
  });

  it("keeps 400 for a request with no document, which is not a well-formed GraphQL request", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ variables: {} }),
    });
    expect(response.status).toBe(400);
  });
});
