import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import type { AnswerCost } from "../src/graphql/plugins/query-cost.plugin.js";
import { createLogger } from "../src/logging/logger.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { type RunningServer, startServer } from "../src/server/start-server.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
let server: RunningServer;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  server = await startServer(helper.configWith({ LOG_LEVEL: "info", GRAPHQL_MAX_COST: "5000" }), createLogger("info", sink));
});
afterAll(async () => {
  await server.stop();
  await helper.close();
});

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: Record<string, unknown> }[];
  extensions?: { cost?: AnswerCost };
}

/** Posts an operation with no header beyond the content type: the cost must come unasked. */
async function post(query: string, variables: Record<string, unknown> = {}): Promise<{ body: Body; logged: Record<string, unknown> }> {
  logLines.length = 0;
  const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as Body;
  const logged = logLines.filter((l) => l.msg === "graphql request");
  expect(logged).toHaveLength(1);
  return { body, logged: logged[0]! };
}

describe("extensions.cost", () => {
  it("states the estimate, the limit, the statements the request log counts, the database time and the server time", async () => {
    // A list, its items' relationships and their evidence: two levels of relationships (the
    // list's statement brings the first), so more than one statement.
    const { body, logged } = await post(`query CostOfAnswer {
      meetings(first: 5) { totalCount nodes { id participants { role other { id name } evidence { quote } } } }
    }`);
    expect(body.errors).toBeUndefined();
    const cost = body.extensions?.cost;
    expect(cost).toBeDefined();
    expect(cost!.estimated).toBeGreaterThan(1);
    expect(cost!.maxCost).toBe(5000);
    expect(cost!.statements).toBeGreaterThanOrEqual(2);
    expect(cost!.statements).toBe(logged.cypherStatements);
    expect(cost!.databaseMs).toBeGreaterThanOrEqual(0);
    expect(cost!.serverMs).toBeGreaterThan(0);
  });

  it("is there when the answer costs no statement at all", async () => {
    const { body, logged } = await post(`query NoCypher { __typename }`);
    expect(body.extensions?.cost).toMatchObject({ statements: 0, databaseMs: 0 });
    expect(logged.cypherStatements).toBe(0);
  });

  it("is there on a refusal too, with the estimate that was over the limit and no statement run", async () => {
    const { body, logged } = await post(`query TooDear { meetings(first: 100) { nodes { participants(first: 100) { id } } } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.extensions?.cost?.estimated).toBeGreaterThan(5000);
    expect(body.extensions?.cost?.statements).toBe(0);
    expect(logged.cypherStatements).toBe(0);
  });

  it("adds up Neo4j's own timings from the result summaries", async () => {
    const executor = helper.executor.forRequest();
    expect(executor.databaseTimeMs).toBe(0);
    // Work Neo4j must do before its one record is available, so its reported time cannot be zero.
    await executor.read(cypher("test.busy", "UNWIND range(1, 3000000) AS x RETURN sum(x % 7) AS s"));
    const afterOne = executor.databaseTimeMs;
    expect(afterOne).toBeGreaterThan(0);
    await executor.read(cypher("test.busy", "UNWIND range(1, 3000000) AS x RETURN sum(x % 7) AS s"));
    expect(executor.databaseTimeMs).toBeGreaterThan(afterOne);
  });
});
