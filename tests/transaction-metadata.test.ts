import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher } from "../src/neo4j/cypher-query.js";
import type { Tx } from "../src/neo4j/executor.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
});
afterAll(() => helper.close());

const BEGIN = cypher("test.begin", `RETURN 1 AS one`);

/**
 * What an operator sees of the transactions carrying `operation`, asked from a session of
 * its own, as `SHOW TRANSACTIONS` would be typed at a console. It is asked while the
 * transaction is open (from inside its work), so nothing depends on timing.
 */
async function seenFromOutside(operation: string): Promise<unknown[]> {
  const session = helper.driver.session({ database: helper.config.neo4j.database });
  try {
    const result = await session.run(`SHOW TRANSACTIONS YIELD metaData WHERE metaData.operation = $operation RETURN metaData`, { operation });
    return result.records.map((r) => r.get("metaData"));
  } finally {
    await session.close();
  }
}

/** Work that opens its transaction on the server, then reports how it looks from outside. */
const observe = (operation: string) => async (tx: Tx) => {
  await tx.run(BEGIN);
  return seenFromOutside(operation);
};

describe("transaction metadata", () => {
  it("names a read, a write and a dry run after the operation they were given, as SHOW TRANSACTIONS shows them", async () => {
    const read = `test.read.${helper.token}`;
    const write = `test.write.${helper.token}`;
    const dryRun = `test.dryRun.${helper.token}`;
    expect(await helper.executor.readTransaction(read, observe(read))).toEqual([{ app: "diplograph", operation: read }]);
    expect(await helper.executor.writeTransaction(write, observe(write))).toEqual([{ app: "diplograph", operation: write }]);
    expect(await helper.executor.dryRunWrite(dryRun, observe(dryRun))).toEqual([{ app: "diplograph", operation: dryRun }]);
  });

  it("names a single query's transaction after the query", async () => {
    const name = `test.ownTransaction.${helper.token}`;
    const rows = await helper.executor.read<{ metaData: unknown }>(cypher(name, `SHOW TRANSACTIONS YIELD metaData WHERE metaData.operation = $name RETURN metaData`), { name });
    expect(rows).toEqual([{ metaData: { app: "diplograph", operation: name } }]);
  });

  it("leaves nothing behind: once the work is done, no transaction carries its name", async () => {
    const operation = `test.finished.${helper.token}`;
    await helper.executor.readTransaction(operation, (tx) => tx.run(BEGIN));
    expect(await seenFromOutside(operation)).toEqual([]);
  });
});
