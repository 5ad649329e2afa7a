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
});
