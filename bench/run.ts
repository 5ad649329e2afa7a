import "reflect-metadata";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import neo4j, { type Driver } from "neo4j-driver";
import { createLogger } from "../src/logging/logger.js";
import { createDriver } from "../src/neo4j/driver.js";
import { startEmbeddedNeo4j } from "../src/neo4j/embedded/embedded-neo4j.js";
import { Executor } from "../src/neo4j/executor.js";
import { migrate } from "../src/neo4j/migrate.js";
import { generateGraph } from "./generate.js";
import { DIPLOGRAPH_SETTINGS, type Question, QUESTION_NAMES, type QuestionName, questions } from "./questions.js";
import { type CapturedStatement, parseCaptured } from "./support/counting-driver.js";
import { diplographInProcess } from "./support/in-process.js";
import { loadGraph } from "./support/load-graph.js";
import { cpuMs, peakRssMb, resetPeakRss } from "./support/proc.js";
import { startFlags } from "./support/start-flags.js";
import { type MeasuredRow, targetLines } from "./support/targets.js";

/**
 * npm run bench -- [--facts 10000] [--duration 10] [--rounds 2] [--concurrency 10,50]
 *                  [--questions P1,P3] [--bulk 1] [--out bench/results] [--server-flags=--max-old-space-size=256]
 *
 * Generates a graph (kept in .data/bench/<facts> for later runs), starts one embedded Neo4j
 * with APOC core on its classpath, and three servers on it: Diplograph, @neo4j/graphql and
 * the hand-written Cypher. It checks the three agree on every question, then load-tests
 * them with autocannon, interleaved, and writes a markdown table.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const APOC_VERSION = "5.26.19";
const SYSTEMS = ["diplograph", "peer", "limit"] as const;
type System = (typeof SYSTEMS)[number];

const { values: args } = parseArgs({
  options: {
    facts: { type: "string", default: "10000" },
    duration: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    concurrency: { type: "string", default: "10,50" },
    questions: { type: "string", default: QUESTION_NAMES.join(",") },
    bulk: { type: "string", default: "1" },
    "load-concurrency": { type: "string", default: "1" },
    out: { type: "string", default: path.join(ROOT, "bench", "results") },
    heap: { type: "string", default: "1g" },
    pagecache: { type: "string", default: "512m" },
    /** Load the graph, then keep its Neo4j up and print its address, for profiling by hand. */
    serve: { type: "boolean", default: false },
    /** Use a Neo4j already serving the graph (one kept up by --serve) and its JVM's pid, instead of starting one. */
    uri: { type: "string" },
    "neo4j-pid": { type: "string" },
    /** V8 flags for Diplograph's process, comma-separated; by default those of `npm start`, "" for none. */
    "server-flags": { type: "string" },
  },
});
const facts = Number(args.facts);
const duration = Number(args.duration);
const rounds = Number(args.rounds);
const concurrencies = args.concurrency.split(",").map(Number);
const selected = args.questions.split(",").map((q) => q.trim()) as QuestionName[];
for (const q of selected) if (!QUESTION_NAMES.includes(q)) throw new Error(`unknown question ${q}; known: ${QUESTION_NAMES.join(", ")}`);

const serverFlags = args["server-flags"] === undefined ? startFlags(ROOT) : args["server-flags"].split(",").filter(Boolean);

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * APOC core from Maven Central (bench/apoc/pom.xml), fetched once by Maven into its cache:
 * only the benchmark needs it, for @neo4j/graphql's start-up check. Jars Neo4j already
 * ships (in another version) are left out, so the JVM sees one copy of each library.
 */
function apocJars(): string[] {
  const dir = path.join(ROOT, "neo4j-launcher", "target", "bench-plugins");
  if (!existsSync(path.join(dir, `apoc-core-${APOC_VERSION}.jar`))) {
    say(`fetching org.neo4j.procedure:apoc-core:${APOC_VERSION} and its dependencies with Maven…`);
    execFileSync("mvn", ["-q", "-B", "-f", path.join(ROOT, "bench", "apoc", "pom.xml"), "dependency:copy-dependencies", `-DoutputDirectory=${dir}`, "-DincludeScope=runtime"], {
      stdio: "inherit",
    });
  }
  const artifact = (jar: string) => jar.replace(/-\d[\w.-]*\.jar$/, "");
  const shipped = new Set(readdirSync(path.join(ROOT, "neo4j-launcher", "target", "lib")).map(artifact));
  return readdirSync(dir)
    .filter((jar) => jar.endsWith(".jar") && !shipped.has(artifact(jar)))
    .map((jar) => path.join(dir, jar));
}

interface Child {
  process: ChildProcess;
  pid: number;
  port: number;
}

/** Starts a server as its own node process (no tsx wrapper), so /proc/<pid> is the server itself; ready when `probe` answers. */
async function startChild(name: string, script: string, env: Record<string, string>, probe: string, nodeFlags: string[] = []): Promise<Child> {
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  const tail: string[] = [];
  createInterface({ input: child.stderr! }).on("line", (l) => tail.push(l));
  let exited: number | null | undefined;
  child.on("exit", (code) => (exited = code));
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`${name} exited (${exited}): ${tail.slice(-20).join("\n")}`);
    if (Date.now() > deadline) throw new Error(`${name} did not start within 300 s: ${tail.slice(-10).join("\n")}`);
    const ok = await fetch(`http://127.0.0.1:${env.PORT}${probe}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { process: child, pid: child.pid!, port: Number(env.PORT) };
    await new Promise((r) => setTimeout(r, 500));
  }
}

interface Target {
  url: string;
  body: string;
}

function targetOf(system: System, question: Question, ports: Record<System, number>): Target {
  if (system === "diplograph") return { url: `http://127.0.0.1:${ports.diplograph}/graphql`, body: JSON.stringify(question.diplograph) };
  if (system === "peer") return { url: `http://127.0.0.1:${ports.peer}/`, body: JSON.stringify(question.peer) };
  return { url: `http://127.0.0.1:${ports.limit}/${question.name}`, body: JSON.stringify(question.limit.params) };
}

async function ask(target: Target): Promise<any> {
  const response = await fetch(target.url, { method: "POST", headers: { "content-type": "application/json" }, body: target.body });
  const json = (await response.json()) as any;
  if (!response.ok || json.errors) throw new Error(`${target.url}: ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 600)}`);
  return json;
}

function answerOf(system: System, question: Question, json: any): unknown {
  if (system === "diplograph") return question.fromDiplograph(json.data);
  if (system === "peer") return question.fromPeer(json.data);
  return question.fromLimit(json);
}

/** Total db hits of a profiled plan, operator by operator. */
function dbHits(plan: { dbHits: number; children: unknown[] }): number {
  return plan.dbHits + (plan.children as (typeof plan)[]).reduce((sum, child) => sum + dbHits(child), 0);
}

async function profile(driver: Driver, statements: CapturedStatement[]): Promise<number> {
  let hits = 0;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (const s of statements) {
      const result = await session.run(`PROFILE ${s.cypher.replace(/^\s*CYPHER[^\n]*\n/, "")}`, s.params);
      if (result.summary.profile) hits += dbHits(result.summary.profile as never);
    }
  } finally {
    await session.close();
  }
  return hits;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  serverCpuMs: number;
  neo4jCpuMs: number;
  peakRssMb: number;
  errors: number;
}

/** How long to wait, at most, for Neo4j to finish the queries a run left behind. */
const SETTLE_LIMIT_MS = 300_000;

/**
 * Waits until Neo4j runs no transaction but the one asking: when a run ends, the requests
 * still in flight are dropped by the client but their queries run on in Neo4j, and at 10^6
 * facts a heavy question's leftovers would otherwise be measured as the next run's cost.
 */
async function settled(driver: Driver): Promise<void> {
  const until = Date.now() + SETTLE_LIMIT_MS;
  for (;;) {
    const { records } = await driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running");
    const running = Number(records[0]?.get("running") ?? 0);
    if (running === 0) return;
    if (Date.now() > until) {
      say(`  ${running} queries still running in Neo4j after ${SETTLE_LIMIT_MS / 1000} s; measuring anyway`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main() {
  const dataDir = path.join(ROOT, ".data", "bench", String(facts));
  mkdirSync(path.join(dataDir, "plugins"), { recursive: true });
  const jars = apocJars();
  for (const jar of jars) copyFileSync(jar, path.join(dataDir, "plugins", path.basename(jar)));

  say(`starting Neo4j for ${facts} facts in ${path.relative(ROOT, dataDir)}…`);
  const db = args.uri
    ? { uri: args.uri, pid: Number(args["neo4j-pid"]), stop: async () => undefined }
    : await startEmbeddedNeo4j({ dataDir, port: 0, heap: args.heap, pagecache: args.pagecache, extraClasspath: jars, log: () => undefined, startTimeoutMs: 600_000 });
  const driver = createDriver({ uri: db.uri }, { connectTimeoutMs: 30_000 });
  const children: Child[] = [];
  try {
    const executor = Executor.create(driver, { database: "neo4j", txTimeoutMs: 120_000, loadTxTimeoutMs: 600_000, logger: createLogger("warn") });
    await migrate(executor, createLogger("warn"));
    const graph = generateGraph({ facts });
    const { records: present } = await driver.executeQuery("MATCH (m:Meeting {series: $series}) RETURN count(m) AS n", { series: graph.probes.series });
    const meetings = graph.articles.filter((a) => a.entities.some((e) => e.kind === "Meeting")).length;
    if (Number(present[0]?.get("n")) < meetings) {
      say(`loading ${graph.articles.length} articles (${graph.facts} facts) through the load path…`);
      const started = performance.now();
      let last = 0;
      await loadGraph(executor, graph.articles, {
        concurrency: Number(args["load-concurrency"]),
        bulk: Number(args.bulk),
        onProgress: (done) => {
          if (done - last >= 200 || done === graph.articles.length) {
            last = done;
            say(`  ${done}/${graph.articles.length} articles, ${Math.round(done / ((performance.now() - started) / 1000))} articles/s`);
          }
        },
      });
      say(`loaded in ${Math.round((performance.now() - started) / 1000)} s`);
    }
    await driver.executeQuery("CALL db.awaitIndexes(300)");
    if (args.serve) {
      say(`Neo4j serving the graph at ${db.uri}; probes: ${JSON.stringify(graph.probes)}; Ctrl-C to stop`);
      await new Promise((resolve) => process.once("SIGINT", resolve));
      return;
    }

    const ports: Record<System, number> = { diplograph: 4200, peer: 4201, limit: 4202 };
    const servers = {} as Record<System, Child>;
    servers.diplograph = await startChild(
      "Diplograph",
      "src/main.ts",
      {
        NEO4J_URI: db.uri,
        NEO4J_USERNAME: "neo4j",
        NEO4J_PASSWORD: "",
        PORT: String(ports.diplograph),
        SEED_CORPUS: "never",
        RATE_LIMIT_PER_MINUTE: "0",
        ...DIPLOGRAPH_SETTINGS,
        NODE_ENV: "production",
        LOG_FORMAT: "json",
        LOG_LEVEL: "warn",
      },
      "/readyz",
      serverFlags,
    );
    servers.peer = await startChild("@neo4j/graphql", "bench/peer/peer-server.ts", { NEO4J_URI: db.uri, PORT: String(ports.peer) }, "/stats");
    servers.limit = await startChild("hand-written Cypher", "bench/limit/limit-server.ts", { NEO4J_URI: db.uri, PORT: String(ports.limit) }, "/stats");
    children.push(...Object.values(servers));

    const all = questions(graph.probes);
    const asked = selected.map((name) => all[name]);

    // 1. The three agree.
    for (const q of asked) {
      const answers = await Promise.all(SYSTEMS.map(async (s) => JSON.stringify(answerOf(s, q, await ask(targetOf(s, q, ports))))));
      if (answers[0] !== answers[1] || answers[0] !== answers[2]) {
        throw new Error(
          `${q.name}: the systems disagree\n  diplograph: ${answers[0]!.slice(0, 800)}\n  peer:       ${answers[1]!.slice(0, 800)}\n  limit:      ${answers[2]!.slice(0, 800)}`,
        );
      }
      say(`${q.name}: all three agree (${answers[0]!.length} bytes of answer)`);
    }

    // 2. Statements and db hits per request, which do not depend on the machine.
    const inProcess = await diplographInProcess(driver, db.uri);
    const cost: Record<string, { statements: Record<System, number>; hits: Record<System, number> }> = {};
    for (const q of asked) {
      const ours = await inProcess.statementsOf(q.diplograph.query, q.diplograph.variables);
      const captured: Partial<Record<System, CapturedStatement[]>> = { diplograph: ours };
      for (const s of ["peer", "limit"] as const) {
        await fetch(`http://127.0.0.1:${ports[s]}/stats/capture`, { method: "POST" });
        await ask(targetOf(s, q, ports));
        captured[s] = parseCaptured(await (await fetch(`http://127.0.0.1:${ports[s]}/stats/captured`)).text());
      }
      cost[q.name] = { statements: {} as Record<System, number>, hits: {} as Record<System, number> };
      for (const s of SYSTEMS) {
        cost[q.name]!.statements[s] = captured[s]!.length;
        cost[q.name]!.hits[s] = await profile(driver, captured[s]!);
      }
      say(
        `${q.name}: statements ${SYSTEMS.map((s) => cost[q.name]!.statements[s]).join(" / ")}, db hits ${SYSTEMS.map((s) => cost[q.name]!.hits[s]).join(" / ")} (diplograph / peer / limit)`,
      );
    }
    await inProcess.stop();

    // 3. Load, interleaved: every round runs every question on every system, in a rotating order.
    const samples = new Map<string, Sample[]>();
    for (const connections of concurrencies) {
      for (let round = 0; round < rounds; round += 1) {
        for (const q of asked) {
          const order = SYSTEMS.map((_, i) => SYSTEMS[(i + round) % SYSTEMS.length]!);
          for (const system of order) {
            const target = targetOf(system, q, ports);
            const server = servers[system];
            await settled(driver);
            resetPeakRss(server.pid);
            const cpu0 = [cpuMs(server.pid), cpuMs(db.pid)];
            const result = await autocannon({ url: target.url, method: "POST", headers: { "content-type": "application/json" }, body: target.body, connections, duration });
            const cpu1 = [cpuMs(server.pid), cpuMs(db.pid)];
            const requests = Math.max(1, result.requests.total);
            const sample: Sample = {
              rps: result.requests.average,
              p50: result.latency.p50,
              p99: result.latency.p99,
              serverCpuMs: (cpu1[0]! - cpu0[0]!) / requests,
              neo4jCpuMs: (cpu1[1]! - cpu0[1]!) / requests,
              peakRssMb: peakRssMb(server.pid),
              errors: result.errors + result.non2xx + result.timeouts,
            };
            const key = `${q.name}|${connections}|${system}`;
            samples.set(key, [...(samples.get(key) ?? []), sample]);
            say(
              `c=${connections} round ${round + 1} ${q.name} ${system}: ${sample.rps.toFixed(1)} req/s, p50 ${sample.p50} ms, p99 ${sample.p99} ms${sample.errors ? `, ${sample.errors} errors` : ""}`,
            );
          }
        }
      }
    }

    const table = report(asked, samples, cost);
    mkdirSync(args.out, { recursive: true });
    const file = path.join(args.out, `bench-${facts}.md`);
    writeFileSync(file, table);
    say(`\n${table}\nwritten to ${path.relative(ROOT, file)}`);
  } finally {
    for (const child of children) child.process.kill("SIGTERM");
    await driver.close();
    await db.stop();
  }
}

function report(asked: Question[], samples: Map<string, Sample[]>, cost: Record<string, { statements: Record<System, number>; hits: Record<System, number> }>): string {
  const m = (q: string, c: number, s: System, f: (x: Sample) => number) => median((samples.get(`${q}|${c}|${s}`) ?? []).map(f));
  const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : "–");
  const lines = [
    `Graph: ${facts} facts (generated). ${concurrencies.map((c) => `c=${c}`).join(", ")}; ${rounds} interleaved round(s) of ${duration} s; medians over rounds.`,
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}.`,
    `Diplograph's V8 flags: ${serverFlags.join(" ") || "none"}.`,
    "",
    "| question | c | throughput req/s ours / peer / limit | ours ÷ peer | ours ÷ limit | p50 ms ours / peer / limit | p99 ms ours / peer / limit | p50 ours ÷ limit | CPU ms/request server + Neo4j, ours / peer / limit | statements ours / peer / limit | db hits ours / peer / limit | db hits ours ÷ limit | peak RSS MB ours / peer |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  const measured: MeasuredRow[] = [];
  for (const q of asked) {
    for (const c of concurrencies) {
      const rps = SYSTEMS.map((s) => m(q.name, c, s, (x) => x.rps));
      const p50 = SYSTEMS.map((s) => m(q.name, c, s, (x) => x.p50));
      const p99 = SYSTEMS.map((s) => m(q.name, c, s, (x) => x.p99));
      const cpu = SYSTEMS.map((s) => `${fixed(m(q.name, c, s, (x) => x.serverCpuMs))} + ${fixed(m(q.name, c, s, (x) => x.neo4jCpuMs))}`);
      const rss = (["diplograph", "peer"] as const).map((s) => fixed(Math.max(...(samples.get(`${q.name}|${c}|${s}`) ?? []).map((x) => x.peakRssMb)), 0));
      const k = cost[q.name]!;
      // A system that answered errors measured how fast it refuses, not how fast it answers: say so in the row.
      // So did one that completed no request within the run (each took longer than the run).
      const failed = SYSTEMS.filter((s) => (samples.get(`${q.name}|${c}|${s}`) ?? []).some((x) => x.errors > 0 || x.rps === 0));
      if (failed.length === 0)
        measured.push({
          question: q.name,
          concurrency: c,
          depth: q.depth,
          throughputOverPeer: rps[0]! / rps[1]!,
          p50OverLimit: p50[0]! / p50[2]!,
          hitsOverLimit: k.hits.diplograph / k.hits.limit,
          statements: k.statements.diplograph,
          peakRssMb: Math.max(...(samples.get(`${q.name}|${c}|diplograph`) ?? []).map((x) => x.peakRssMb)),
        });
      if (failed.length > 0)
        lines.push(`| ${q.name} | ${c} | **not comparable: ${failed.join(", ")} answered errors (non-2xx, errors or timeouts) or completed no request in the run** |||||||||||`);
      else
        lines.push(
          `| ${q.name} ${q.description} | ${c} | ${rps.map((x) => fixed(x)).join(" / ")} | ${fixed(rps[0]! / rps[1]!, 2)}× | ${fixed(rps[0]! / rps[2]!, 2)}× | ${p50.map((x) => fixed(x, 0)).join(" / ")} | ${p99.map((x) => fixed(x, 0)).join(" / ")} | ${fixed(p50[0]! / p50[2]!, 2)}× | ${cpu.join(" / ")} | ${SYSTEMS.map((s) => k.statements[s]).join(" / ")} | ${SYSTEMS.map((s) => k.hits[s]).join(" / ")} | ${fixed(k.hits.diplograph / k.hits.limit, 2)}× | ${rss.join(" / ")} |`,
        );
    }
  }
  lines.push("", "Against the targets (rows whose systems all answered without errors):", "", ...targetLines(measured));
  return `${lines.join("\n")}\n`;
}

await main();
