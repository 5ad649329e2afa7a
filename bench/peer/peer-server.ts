import { createServer } from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { countingDriver } from "../support/counting-driver.js";
import { PEER_TYPE_DEFS } from "./type-defs.js";

/**
 * @neo4j/graphql on Apollo, as its documentation sets it up, on the Neo4j at NEO4J_URI and
 * the port in PORT. GET /stats reports the Cypher statements it has sent; POST
 * /stats/capture turns on keeping their text and parameters, for PROFILE.
 */
const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4101);
const driver = countingDriver(neo4j.driver(uri, neo4j.auth.basic("neo4j", "neo4j"), { disableLosslessIntegers: true }));
// ISO days compare as strings; range filters on strings are opt-in.
const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: driver.driver, features: { filters: { String: { LTE: true, GTE: true } } } });
await neoSchema.checkNeo4jCompat();
const apollo = new ApolloServer({ schema: await neoSchema.getSchema() });
await apollo.start();

const server = createServer(async (req, res) => {
  if (req.url?.startsWith("/stats")) return driver.handle(req, res);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "POST", headers: new HeaderMap([["content-type", "application/json"]]), search: "", body },
    context: async () => ({}),
  });
  res.writeHead(result.status ?? 200, { "content-type": "application/json" });
  res.end(result.body.kind === "complete" ? result.body.string : "");
});
server.listen(port, "127.0.0.1", () => process.stdout.write(JSON.stringify({ event: "ready", port }) + "\n"));
