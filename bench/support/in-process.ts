import { Writable } from "node:stream";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config/config.js";
import { createContext } from "../../src/graphql/context.js";
import { createApollo } from "../../src/graphql/create-apollo.js";
import { createSchema } from "../../src/graphql/schema.js";
import { createLogger } from "../../src/logging/logger.js";
import { Executor } from "../../src/neo4j/executor.js";
import { DIPLOGRAPH_SETTINGS } from "../questions.js";
import type { CapturedStatement } from "./counting-driver.js";

/**
 * Diplograph's own Apollo configuration run in this process with a debug logger, so the
 * benchmark sees each Cypher statement a question costs, with its parameters, for PROFILE.
 */
export async function diplographInProcess(driver: Driver, uri: string) {
  const captured: CapturedStatement[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        const entry = JSON.parse(line) as { cypher?: string; params?: Record<string, unknown> };
        if (entry.cypher) captured.push({ cypher: entry.cypher, params: entry.params ?? {} });
      }
      done();
    },
  });
  const logger = createLogger("debug", sink, "json");
  const config = loadConfig({ NODE_ENV: "production", LOG_LEVEL: "debug", NEO4J_URI: uri, SEED_CORPUS: "never", ...DIPLOGRAPH_SETTINGS });
  const executor = Executor.create(driver, { database: config.neo4j.database, txTimeoutMs: 60_000, loadTxTimeoutMs: 600_000, logger });
  const apollo = createApollo({ schema: await createSchema(), config, logger });
  await apollo.start();
  return {
    async statementsOf(query: string, variables: Record<string, unknown>): Promise<CapturedStatement[]> {
      captured.length = 0;
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(executor, config, logger) });
      if (response.body.kind !== "single" || response.body.singleResult.errors) throw new Error(`in-process run failed: ${JSON.stringify(response.body)}`);
      return captured.splice(0);
    },
    stop: () => apollo.stop(),
  };
}
