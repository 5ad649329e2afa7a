import "reflect-metadata";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { generateGraph } from "./generate.js";
import { QUESTION_NAMES, type QuestionName, questions } from "./questions.js";
import { diplographInProcess } from "./support/in-process.js";

/**
 * Profiles Diplograph's statements for benchmark questions on a running Neo4j (e.g. one kept
 * up by `npm run bench -- --serve`), next to the hand-written statement:
 *
 *   node --import tsx bench/profile.ts --uri bolt://127.0.0.1:7687 --facts 10000 --questions P2,P3
 *
 * For each statement: its name, rows, bytes of result, db hits, and the operators that cost most.
 */
const { values: args } = parseArgs({
  options: {
    uri: { type: "string", default: "bolt://127.0.0.1:7687" },
    facts: { type: "string", default: "10000" },
    questions: { type: "string", default: QUESTION_NAMES.join(",") },
  },
});

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: Plan[];
}

const flatten = (plan: Plan): Plan[] => [plan, ...plan.children.flatMap(flatten)];

const driver = neo4j.driver(args.uri, neo4j.auth.basic("neo4j", "neo4j"), { disableLosslessIntegers: true });
const { probes } = generateGraph({ facts: Number(args.facts) });
const all = questions(probes);
const ours = await diplographInProcess(driver, args.uri);
try {
  for (const name of args.questions.split(",") as QuestionName[]) {
    const q = all[name];
    process.stdout.write(`\n${name}: ${q.description}\n`);
    const statements = await ours.statementsOf(q.diplograph.query, q.diplograph.variables);
    const report = async (label: string, cypher: string, params: Record<string, unknown>) => {
      const started = performance.now();
      const plain = await driver.executeQuery(cypher, params, { routing: "READ" });
      const ms = performance.now() - started;
      const bytes = JSON.stringify(plain.records.map((r) => r.toObject())).length;
      const profiled = await driver.executeQuery(`PROFILE ${cypher}`, params, { routing: "READ" });
      const operators = flatten(profiled.summary.profile as unknown as Plan);
      const hits = operators.reduce((sum, op) => sum + op.dbHits, 0);
      const top = [...operators]
        .sort((a, b) => b.dbHits - a.dbHits)
        .slice(0, 4)
        .map((op) => `${op.operatorType} ${op.dbHits}`)
        .join(", ");
      process.stdout.write(`  ${label}: ${plain.records.length} rows, ${bytes} bytes, ${hits} db hits, ${ms.toFixed(0)} ms; top: ${top}\n`);
      return hits;
    };
    let total = 0;
    for (const s of statements) total += await report(s.cypher.slice(0, 0) || "ours", s.cypher, s.params);
    const limit = await report("hand-written", q.limit.cypher, q.limit.params);
    process.stdout.write(`  ours ${statements.length} statements, ${total} db hits = ${(total / Math.max(1, limit)).toFixed(2)}× hand-written\n`);
  }
} finally {
  await ours.stop();
  await driver.close();
}
