import { createServer } from "node:http";
import neo4j from "neo4j-driver";
import { type QuestionName, questions } from "../questions.js";
import { countingDriver } from "../support/counting-driver.js";
import { PLACEHOLDER_PROBES } from "../support/placeholder-probes.js";

/**
 * The limit: one hand-written Cypher statement per question behind a bare node:http
 * handler. POST /<question> with the statement's parameters as the JSON body answers
 * with the rows. Nothing else runs per request, so this is as fast as the question gets
 * on this Neo4j from Node.
 */
const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4102);
const driver = countingDriver(neo4j.driver(uri, neo4j.auth.basic("neo4j", "neo4j"), { disableLosslessIntegers: true }));
const statements = questions(PLACEHOLDER_PROBES);

const server = createServer(async (req, res) => {
  if (req.url?.startsWith("/stats")) return driver.handle(req, res);
  const question = statements[(req.url ?? "/").slice(1) as QuestionName];
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (!question) {
    res.writeHead(404).end();
    return;
  }
  const params = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  const session = driver.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const rows = await session.executeRead(async (tx) => (await tx.run(question.limit.cypher, params)).records.map((r) => r.toObject()));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(rows));
  } catch (error) {
    res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
  } finally {
    await session.close();
  }
});
server.listen(port, "127.0.0.1", () => process.stdout.write(JSON.stringify({ event: "ready", port }) + "\n"));
