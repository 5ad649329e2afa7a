import "reflect-metadata";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { type RunningServer, startServer } from "../src/server/start-server.js";
import { ArticleBuilder, organisation } from "./support/article-builder.js";
import { cpuSlowdown } from "./support/calibration.js";
import { captureLog, type CapturedLog } from "./support/log-capture.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

/**
 * A few thousand hostile requests from a fixed seed, against a server in its default mode.
 * Every answer must be a 4xx or a 2xx, never a 5xx; no body may carry a stack, a file path,
 * Cypher, driver text or a suggestion; every over-limit query is refused before any Cypher
 * with one log line; no request may block the event loop; the graph must not change.
 */
const SEED = 0x5eed_d1a7;
const REQUESTS = 2_000;
const CONCURRENCY = 8;

let helper: TestHelper;
let server: RunningServer;
let log: CapturedLog;
let articleId: string;
const EDITOR_KEY = "hostile-editor-key-0123456789";

const OWN_GRAPH = cypher(
  "test.hostileOwnGraph",
  `MATCH (n) WHERE n.id CONTAINS $token OR n.articleId CONTAINS $token
   OPTIONAL MATCH (n)-[r]-()
   RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships, collect(DISTINCT n.id) AS ids`,
);

beforeAll(async () => {
  helper = await TestHelper.create();
  // One article this test owns, which hostile mutations aim at.
  const org = helper.id("org");
  const annotation = new ArticleBuilder(helper, "Hostile target").entity(organisation(org, "Hostile Target Ministry")).build();
  articleId = annotation.article.id;
  await ingestAnnotation(helper.executor, annotation, "hostile", { author: TEST_AUTHOR });
  log = captureLog();
  // The default mode, with a credential configured that the traffic never presents.
  server = await startServer(helper.configWith({ NODE_ENV: "", RATE_LIMIT_PER_MINUTE: "0", DIPLOGRAPH_EDITOR_KEYS: `editor:${EDITOR_KEY}` }), log.logger);
});
afterAll(async () => {
  await server?.stop();
  await helper?.close();
});

/** mulberry32: small, fast, and the same sequence everywhere for one seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

interface Hostile {
  kind: string;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Refused by a limit, which must cost no Cypher and leave one log line. */
  overLimit?: boolean;
}

const LUCENE = [
  "+",
  "-",
  "&&",
  "||",
  "!",
  "(",
  ")",
  "{",
  "}",
  "[",
  "]",
  "^",
  '"',
  "~",
  "*",
  "?",
  ":",
  "\\",
  "/",
  "AND",
  "OR",
  "NOT",
  "*:*",
  "a~0.5",
  "x^10",
  "[a TO z]",
  "\u0000",
  "ก*",
  "'; MATCH (n) DETACH DELETE n //",
];

function generate(count: number): Hostile[] {
  const r = random(SEED);
  const json = (body: unknown, extra: Record<string, string> = {}) => ({ headers: { "content-type": "application/json", ...extra }, body: JSON.stringify(body) });
  const gql = (query: string, variables?: unknown) => json({ query, variables });
  const nested = (depth: number) => {
    let selection = "id";
    for (let i = 0; i < depth; i += 1) selection = `relations { other { ${selection} } }`;
    return `{ country(id: "country:KHM") { ${selection} } }`;
  };
  const mutations = [
    `mutation { removeArticle(id: "${"ARTICLE"}") { articleId } }`,
    `mutation($a: JSON!) { ingestArticle(annotation: $a) { articleId } }`,
    `mutation { disputeFact(id: "fact:x", note: "n", disputed: true) { id } }`,
  ];
  const makers: Record<string, () => Omit<Hostile, "kind">> = {
    malformedJson: () => {
      const valid = JSON.stringify({ query: "{ __typename }" });
      const cut = valid.slice(0, r.int(valid.length));
      const junk = ["{", "[", '{"query":', "\u00ff\u00fe", "{'query': 1}", '{"query": "{ __typename }",}', "nul", '"\\u12"'];
      return { method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body: r.next() < 0.5 ? cut : r.pick(junk) };
    },
    wrongContentType: () => ({
      method: "POST",
      path: "/graphql",
      headers: {
        "content-type": r.pick([
          "text/plain",
          "application/xml",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/graphql",
          "image/png",
          "application/json; charset=utf-16",
        ]),
      },
      body: r.pick(['{"query":"{ __typename }"}', "query={__typename}", "<q/>", "--x\r\n\r\n--x--"]),
    }),
    hugeBody: () => ({ method: "POST", path: "/graphql", ...json({ query: "{ __typename }", variables: { pad: "x".repeat(2 * 1024 * 1024 + r.int(1024)) } }), overLimit: true }),
    deepNesting: () => ({ method: "POST", path: "/graphql", ...gql(nested(9 + r.int(30))), overLimit: true }),
    aliasBomb: () => ({
      method: "POST",
      path: "/graphql",
      ...gql(`{ ${Array.from({ length: 16 + r.int(150) }, (_, i) => `a${i}: country(id: "country:KHM") { id }`).join(" ")} }`),
      overLimit: true,
    }),
    fieldBomb: () => ({ method: "POST", path: "/graphql", ...gql(`{ country(id: "country:KHM") { ${"name ".repeat(2_001 + r.int(5_000))} } }`), overLimit: true }),
    costBomb: () => ({
      method: "POST",
      path: "/graphql",
      ...gql(`query($n: Int) { meetings(first: $n) { nodes { participants(first: $n) { other { ... on Official { positions(first: $n) { id } } } } } } }`, { n: 60 + r.int(41) }),
      overLimit: true,
    }),
    fragmentCycle: () => ({
      method: "POST",
      path: "/graphql",
      ...gql(`{ country(id: "country:KHM") { ...A } } fragment A on Country { id ...B } fragment B on Country { name ...A }`),
    }),
    directiveOverload: () => ({ method: "POST", path: "/graphql", ...gql(`{ __typename ${"@include(if: true) ".repeat(21 + r.int(200))} }`) }),
    batchedArray: () => ({
      method: "POST",
      path: "/graphql",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(Array.from({ length: 1 + r.int(50) }, () => ({ query: "{ __typename }" }))),
    }),
    badVariables: () => {
      const cases: [string, unknown][] = [
        [`query($n: Int) { search(text: "x", first: $n) { score } }`, { n: r.pick(["many", 1.5, true, [], {}, 2 ** 40, null]) }],
        [`query($k: [EntityKind!]) { search(text: "x", kinds: $k) { score } }`, { k: [r.pick(["Officia", "", "__proto__", "constructor"])] }],
        [`query($t: String!) { search(text: $t) { score } }`, {}],
        [`query($t: String!) { search(text: $t) { score } }`, { t: null }],
        [`mutation($a: JSON!) { ingestArticle(annotation: $a) { articleId } }`, { a: null }],
        [`query($t: String!) { search(text: $t) { score } }`, r.pick(["not an object", [1, 2], 7])],
      ];
      const [query, variables] = r.pick(cases);
      return { method: "POST", path: "/graphql", ...gql(query, variables) };
    },
    hugeVariables: () => {
      const size = 1_000 + r.int(20_000);
      const cases: [string, unknown][] = [
        [`query($k: [EntityKind!]) { search(text: "x", kinds: $k) { score } }`, { k: Array.from({ length: size }, (_, i) => `Nope${i}`) }],
        [`query($t: String!) { search(text: $t) { score } }`, { t: "ก".repeat(size) }],
        [`query($a: JSON!) { __typename }`, { a: JSON.parse("[".repeat(2_000) + "]".repeat(2_000)) }],
      ];
      const [query, variables] = r.pick(cases);
      return { method: "POST", path: "/graphql", ...gql(query, variables) };
    },
    luceneText: () => ({
      method: "POST",
      path: "/graphql",
      ...gql(`query($t: String!) { search(text: $t, first: 5) { score } }`, { t: Array.from({ length: 1 + r.int(4) }, () => r.pick(LUCENE)).join(r.pick(["", " "])) }),
    }),
    invalidCursor: () => ({
      method: "POST",
      path: "/graphql",
      ...gql(`query($c: String) { officials(first: 2, after: $c) { nodes { id } } }`, {
        c: r.pick(["garbage", "", "eyJ4IjoxfQ==", "=".repeat(300), Buffer.from('{"list":"meetings","order":"NAME","key":["a"]}').toString("base64url"), "\u0000"]),
      }),
    }),
    outOfRangeFirst: () => ({
      method: "POST",
      path: "/graphql",
      ...gql(`query($n: Int) { officials(first: $n) { nodes { id } } }`, { n: r.pick([-1, 0, 101, 1_000_000, -2_147_483_648, 2_147_483_647]) }),
    }),
    getMutation: () => ({
      method: "GET",
      path: `/graphql?query=${encodeURIComponent(r.pick(mutations).replace("ARTICLE", articleId))}&variables=${encodeURIComponent(JSON.stringify({ a: { formatVersion: 1 } }))}`,
      headers: { "apollo-require-preflight": "true" },
    }),
    simpleRequest: (): Omit<Hostile, "kind"> => {
      const query = r.pick(mutations).replace("ARTICLE", articleId);
      return r.next() < 0.5
        ? { method: "POST", path: "/graphql", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query }) }
        : { method: "GET", path: `/graphql?query=${encodeURIComponent(query)}`, headers: {} };
    },
    unauthenticatedMutation: () => ({
      method: "POST",
      path: "/graphql",
      ...json(
        { query: r.pick(mutations).replace("ARTICLE", articleId), variables: { a: { formatVersion: 1 } } },
        r.next() < 0.5 ? { authorization: "Bearer a-guessed-key-0123456789" } : {},
      ),
    }),
    oddPaths: () => ({
      method: "GET",
      path: r.pick([
        "/graphiql/assets/constructor",
        "/graphiql/assets/__proto__",
        "/graphiql/assets/toString",
        "/fonts/constructor",
        "/fonts/__proto__",
        "/graphiql/assets/..%2F..%2Fpackage.json",
        "/nowhere",
        "/graphql/../package.json",
        "/%E0%A4%A",
      ]),
      headers: {},
    }),
  };
  const kinds = Object.keys(makers);
  return Array.from({ length: count }, (_, i) => {
    // Huge bodies cost the sender too: a few of them prove the point.
    let kind = kinds[i % kinds.length] as string;
    if (kind === "hugeBody" && r.next() < 0.9) kind = "deepNesting";
    return { kind, ...(makers[kind] as () => Omit<Hostile, "kind">)() };
  });
}

/**
 * How long the event loop was blocked by a request, as opposed to merely late. On a loaded
 * machine a timer can fire late because the process was not scheduled, which no code of
 * ours can cause or cure; a blocking request keeps the process busy for the whole gap. So
 * each gap between 5 ms ticks counts as blocking only up to the CPU time the process used
 * during it, and only up to the time the event loop itself was busy in it (its utilisation:
 * the process's CPU time also holds the compiler's and collector's own threads, which run
 * on while the loop waits, and on a loaded machine a long gap gathers much of theirs), less
 * the garbage collector's pauses in it (they belong to the whole process's allocation, not
 * to one request, and the collector's helper threads would otherwise count their CPU time
 * twice). monitorEventLoopDelay's raw maximum is reported alongside,
 * for the record. `inFlight` names the kinds of request running when the longest gap ended.
 */
function blockingMonitor(inFlight: () => string[]) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const gcPauses: { start: number; duration: number }[] = [];
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration });
  });
  gc.observe({ entryTypes: ["gc"] });
  let maxBlockingMs = 0;
  let during: string[] = [];
  let lastWall = performance.now();
  let lastCpu = process.cpuUsage();
  let lastLoop = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const loop = performance.eventLoopUtilization();
    const gap = wall - lastWall - 5;
    const used = (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000;
    const busy = performance.eventLoopUtilization(loop, lastLoop).active;
    const collecting = gcPauses.filter((p) => p.start >= lastWall && p.start < wall).reduce((sum, p) => sum + p.duration, 0);
    const blocking = Math.min(gap, used, busy) - collecting;
    if (blocking > maxBlockingMs) {
      maxBlockingMs = blocking;
      during = inFlight();
    }
    lastWall = wall;
    lastCpu = cpu;
    lastLoop = loop;
  }, 5);
  return {
    stop: () => {
      clearInterval(timer);
      gc.disconnect();
      histogram.disable();
      return { maxBlockingMs, rawMaxDelayMs: histogram.max / 1e6, during, gcMaxMs: Math.max(0, ...gcPauses.map((p) => p.duration)) };
    },
  };
}

const LEAK = /\n\s+at |node_modules|\/src\/|\/work\/|\.ts:\d+|Did you mean|stacktrace|Neo4jError|neo4j-driver|bolt:\/\/|ECONNREFUSED|MATCH \(|RETURN \w|UNWIND \$|<!DOCTYPE/;

describe("hostile input", () => {
  it(`answers ${REQUESTS} generated hostile requests with no 5xx, no leak, no blocking and no change`, async () => {
    const requests = generate(REQUESTS);
    const before = (await helper.executor.read(OWN_GRAPH, { token: helper.token }))[0];
    // One request of each kind first, unmeasured: a fresh process compiles each code path
    // on its first use, once, which says nothing about what a request costs. Their answers
    // are checked with the rest.
    const kinds = [...new Set(requests.map((r) => r.kind))];
    const warmUp = kinds.map((kind) => requests.findIndex((r) => r.kind === kind));
    const running = new Map<number, string>();
    const results: { index: number; kind: string; status: number; text: string }[] = [];
    const send = async (index: number) => {
      const request = requests[index] as Hostile;
      running.set(index, request.kind);
      const response = await fetch(`${server.url}${request.path}`, {
        method: request.method,
        headers: { ...request.headers, "x-request-id": `hostile-${index}` },
        body: request.body,
      });
      results.push({ index, kind: request.kind, status: response.status, text: await response.text() });
      running.delete(index);
    };
    for (const index of warmUp) await send(index);
    const queue = requests.map((_, i) => i).filter((i) => !warmUp.includes(i));
    const monitor = blockingMonitor(() => [...running.values()]);
    const startedAt = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) await send(index);
      }),
    );
    const { maxBlockingMs, rawMaxDelayMs, during, gcMaxMs } = monitor.stop();
    const elapsedMs = performance.now() - startedAt;
    await new Promise((r) => setTimeout(r, 50));

    const serverErrors = results.filter((r) => r.status >= 500);
    expect(serverErrors.map((r) => `${r.kind} ${r.status} ${r.text.slice(0, 200)}`)).toEqual([]);
    const leaks = results.filter((r) => LEAK.test(r.text));
    expect(leaks.map((r) => `${r.kind}: ${r.text.slice(0, 300)}`)).toEqual([]);

    // Every over-limit request: refused, with exactly one log line, and no Cypher. A body over
    // the size limit is a 4xx; an over-limit document is a GraphQL request error, which GraphQL
    // over HTTP answers 200 to a client taking application/json (these send fetch's default
    // Accept of any type, which gets it), with the refusal in `errors` and no `data`.
    const lines = log.requestLines();
    const overLimit = results.filter((r) => requests[r.index]?.overLimit);
    expect(overLimit.length).toBeGreaterThan(REQUESTS / 10);
    for (const refused of overLimit) {
      const what = `${refused.kind}: ${refused.text.slice(0, 200)}`;
      if (refused.status < 400) {
        expect(refused.status, what).toBe(200);
        const body = JSON.parse(refused.text) as { data?: unknown; errors?: unknown[] };
        expect("data" in body, what).toBe(false);
        expect(body.errors?.length, what).toBeGreaterThan(0);
      }
      const own = lines.filter((l) => l.requestId === `hostile-${refused.index}`);
      expect(own, `${refused.kind} #${refused.index}`).toHaveLength(1);
      expect(own[0]?.cypherStatements ?? 0).toBe(0);
    }

    // Mutations without a valid credential changed nothing: the target article is whole, and nothing new carries this test's token.
    const after = (await helper.executor.read(OWN_GRAPH, { token: helper.token }))[0];
    expect(after).toEqual(before);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // 100 ms of blocking on the reference machine, as much work as that is on this one now.
    const blockingBound = 100 * cpuSlowdown();
    expect(
      maxBlockingMs,
      `longest blocking span ${maxBlockingMs.toFixed(1)} ms (bound ${blockingBound.toFixed(1)} ms), while ${during.join(", ")} ran (raw event-loop delay max ${rawMaxDelayMs.toFixed(1)} ms, longest GC pause ${gcMaxMs.toFixed(1)} ms)`,
    ).toBeLessThanOrEqual(blockingBound);
    console.log(
      `hostile input: ${results.length} requests in ${(elapsedMs / 1000).toFixed(1)} s, statuses ${JSON.stringify(Object.fromEntries([...new Set(results.map((r) => r.status))].sort().map((s) => [s, results.filter((r) => r.status === s).length])))}, longest blocking span ${maxBlockingMs.toFixed(1)} ms, raw event-loop delay max ${rawMaxDelayMs.toFixed(1)} ms, longest GC pause ${gcMaxMs.toFixed(1)} ms`,
    );
  }, 300_000);
});
