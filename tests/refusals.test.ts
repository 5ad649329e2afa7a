import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/server/start-server.js";
import { captureLog, type CapturedLog } from "./support/log-capture.js";
import { TestHelper } from "./support/test-helper.js";

/**
 * Each refusal a client can provoke is a JSON GraphQL error with a code, in the default
 * mode (what a plain start runs), and leaves one request-log line. A request that is not
 * GraphQL at all is a 4xx; a GraphQL request error is answered by the media type the
 * client accepts (REQUEST_ERROR_STATUS).
 */
const EDITOR_KEY = "refusals-editor-key-0123456789";
let helper: TestHelper;
let server: RunningServer;
let log: CapturedLog;
beforeAll(async () => {
  helper = await TestHelper.create();
  log = captureLog();
  // No NODE_ENV: the default a newcomer gets.
  const config = helper.configWith({ NODE_ENV: "", DIPLOGRAPH_EDITOR_KEYS: `editor:${EDITOR_KEY}`, EDIT_MAX_FACTS: "5", RATE_LIMIT_PER_MINUTE: "0" });
  server = await startServer(config, log.logger);
});
afterAll(async () => {
  await server?.stop();
  await helper?.close();
});

interface Answer {
  status: number;
  contentType: string;
  text: string;
  json?: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  let json: Answer["json"];
  try {
    json = JSON.parse(text) as Answer["json"];
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text, json };
}

/**
 * GraphQL over HTTP: with an application/json response (what fetch's default Accept of
 * any type gets), the server SHOULD use 200 for every well-formed request, a request error
 * included, which it states in `errors` with no `data`. With application/graphql-response+json
 * it is 400 instead; graphql-http-audit.test.ts checks both.
 */
const REQUEST_ERROR_STATUS = 200;

/** A request error: refused before execution, so no `data` at all, and a code. */
function expectRequestError(answer: Answer, code: string) {
  expect(answer.status, answer.text).toBe(REQUEST_ERROR_STATUS);
  expect(answer.json && "data" in answer.json, answer.text).toBe(false);
  expect(answer.json?.errors?.[0]?.extensions?.code).toBe(code);
}

const post = (body: unknown) => send("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** Nothing a client reads names the server's files, a stack frame, or a guess at what it meant. */
function expectNoLeak(answer: Answer) {
  expect(answer.text).not.toMatch(/\n\s+at |node_modules|\/src\/|\.ts:\d+|Did you mean|stacktrace/i);
}

async function expectOneLogLine(run: () => Promise<Answer>): Promise<Answer> {
  const before = log.requestLines().length;
  const answer = await run();
  // The log line is written as the response is sent; give the write a turn.
  await new Promise((r) => setTimeout(r, 20));
  const lines = log.requestLines().slice(before);
  expect(lines, JSON.stringify(lines)).toHaveLength(1);
  expect(lines[0]?.cypherStatements ?? 0).toBe(0);
  return answer;
}

describe("editors' limits", () => {
  it("refuses an article over the fact limit before any transaction, saying what the limit is", async () => {
    const facts = Array.from({ length: 6 }, () => ({ type: "MEMBER_OF", subject: "country:x", object: "org:y", evidence: [{ quote: "x" }] }));
    const annotation = { formatVersion: 1, article: { id: helper.id("article"), title: "t", language: "en", text: "x" }, entities: [], facts };
    const answer = await expectOneLogLine(() =>
      send("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${EDITOR_KEY}` },
        body: JSON.stringify({ query: `mutation($a: JSON!) { ingestArticle(annotation: $a, dryRun: true) { articleId } }`, variables: { a: annotation } }),
      }),
    );
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.json?.errors?.[0]?.message).toMatch(/6 facts, over this server's limit of 5/);
  });
});

describe("refused requests", () => {
  it("answers a syntax error with GRAPHQL_PARSE_FAILED and logs it", async () => {
    const answer = await expectOneLogLine(() => post({ query: "{ country(id: " }));
    expectRequestError(answer, "GRAPHQL_PARSE_FAILED");
    expectNoLeak(answer);
  });

  it("answers a document over the token limit with GRAPHQL_PARSE_FAILED and logs it, before any Cypher", async () => {
    const fields = Array.from({ length: helper.config.limits.maxTokens }, () => "id").join(" ");
    const answer = await expectOneLogLine(() => post({ query: `{ country(id: "country:KHM") { ${fields} } }` }));
    expectRequestError(answer, "GRAPHQL_PARSE_FAILED");
    expect(answer.json?.errors?.[0]?.message).toMatch(/tokens/);
  });

  it.each([
    ["a string for an Int", `query($n: Int) { search(text: "x", first: $n) { score } }`, { n: "many" }],
    ["an unknown enum value", `query($k: [EntityKind!]) { search(text: "x", kinds: $k) { score } }`, { k: ["Officia"] }],
    ["a missing required variable", `query($t: String!) { search(text: $t) { score } }`, {}],
    ["a null annotation", `mutation($a: JSON!) { ingestArticle(annotation: $a) { articleId } }`, { a: null }],
  ])("answers %s in a variable with BAD_USER_INPUT, before any Cypher", async (_name, query, variables) => {
    const answer = await expectOneLogLine(() => post({ query, variables }));
    expectRequestError(answer, "BAD_USER_INPUT");
    expectNoLeak(answer);
  });

  it("answers a huge list of invalid enum values with a capped number of errors", async () => {
    const k = Array.from({ length: 10_000 }, (_, i) => `Nope${i}`);
    const answer = await post({ query: `query($k: [EntityKind!]) { search(text: "x", kinds: $k) { score } }`, variables: { k } });
    expectRequestError(answer, "BAD_USER_INPUT");
    expect(answer.json?.errors?.length).toBeGreaterThan(0);
    expect(answer.json?.errors?.length).toBeLessThanOrEqual(51);
    expectNoLeak(answer);
  });

  it("suggests neither field names nor enum values by default", async () => {
    const field = await post({ query: `{ countri(id: "country:KHM") { id } }` });
    expectRequestError(field, "GRAPHQL_VALIDATION_FAILED");
    expect(field.json?.errors?.[0]?.message).toMatch(/Cannot query field "countri"/);
    const literal = await post({ query: `{ search(text: "x", kinds: [Officia]) { score } }` });
    expectRequestError(literal, "GRAPHQL_VALIDATION_FAILED");
    const variable = await post({ query: `query($k: [EntityKind!]) { search(text: "x", kinds: $k) { score } }`, variables: { k: ["Officia"] } });
    for (const answer of [field, literal, variable]) expectNoLeak(answer);
  });

  it.each(["/graphiql/assets", "/fonts"].flatMap((dir) => ["constructor", "__proto__", "toString", "hasOwnProperty"].map((name) => `${dir}/${name}`)))(
    "answers %s with 404",
    async (path) => {
      const answer = await send(path);
      expect(answer.status).toBe(404);
      expectNoLeak(answer);
    },
  );

  it("answers malformed JSON with a 400 GraphQL error and no stack", async () => {
    const answer = await expectOneLogLine(() => send("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: '{"query": "{ __typename }"' }));
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/application\/(graphql-response\+)?json/);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expectNoLeak(answer);
  });

  it("answers an oversized body with a 413 GraphQL error and no stack", async () => {
    const answer = await expectOneLogLine(() => post({ query: "{ __typename }", variables: { pad: "x".repeat(3 * 1024 * 1024) } }));
    expect(answer.status).toBe(413);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expectNoLeak(answer);
  });

  it("answers a body that is not JSON with a 4xx, never a 5xx", async () => {
    for (const [type, body] of [
      ["text/plain", "{ __typename }"],
      ["application/x-www-form-urlencoded", "query=%7B__typename%7D"],
      ["application/json; charset=latin-9", '{"query":"{ __typename }"}'],
      ["application/json", "[]"],
      ["application/json", "null"],
    ] as const) {
      const answer = await send("/graphql", { method: "POST", headers: { "content-type": type }, body });
      expect(answer.status, `${type}: ${answer.text}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, `${type}: ${answer.text}`).toBeLessThan(500);
      expectNoLeak(answer);
    }
  });

  it("answers an unknown path with a JSON 404", async () => {
    const answer = await send("/nowhere");
    expect(answer.status).toBe(404);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
