import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMissingKhmerSearchNames } from "../src/domain/search/khmer-search-names.js";
import { SET_SEARCH_FIELDS } from "../src/graph/name-keys.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { TestHelper } from "./support/test-helper.js";

/**
 * An official stored as a graph loaded before Khmer names were split has it: a Khmer alias
 * written without spaces (as Khmer is), and no split form among its search names.
 */
const STORE_UNSPLIT = cypher(
  "test.storeUnsplitKhmer",
  `CREATE (n:Entity:Official {id: $id, name: $name, sortName: toLower($name), aliasNames: [$alias], aliasRecords: [$alias + '\\tkm\\tKhmr\\tfull'], searchNames: []})
   ${SET_SEARCH_FIELDS}`,
);

const SEARCH_NAMES = cypher("test.searchNames", `MATCH (n:Entity {id: $id}) RETURN n.searchNames AS names`);

const SEARCH = `query Search($text: String!) { search(text: $text, first: 50) { entity { id } } }`;

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
});
afterAll(() => helper.close());

async function found(text: string, id: string): Promise<boolean> {
  const result = await helper.execute(SEARCH, { text });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return ((result.data?.search ?? []) as { entity: { id: string } }[]).some((h) => h.entity.id === id);
}

describe("Khmer names already in the graph", () => {
  it("are found by one of their words once start-up adds the split forms, and a second run changes nothing", async () => {
    const id = helper.id("official");
    await helper.executor.write(STORE_UNSPLIT, { id, name: `Unsplit ${helper.token}`, alias: "ប្រាក់សុខុន" });
    // Not searched for before the run: any server another file starts in the meantime runs
    // the same start-up step over the whole graph. What the stored node lacked is fixed: no split form.

    // A segmentation the graph has not recorded: a graph split by an older segmenter, or never.
    expect((await addMissingKhmerSearchNames(helper.executor, `test-${helper.token}`)).scanned).toBe(true);
    expect(await found("សុខុន", id)).toBe(true);
    expect(await found(`Unsplit ${helper.token}`, id)).toBe(true);
    // Another file may be adding its own unsplit names meanwhile, so the second run is judged by this entity alone.
    const [before] = await helper.executor.read<{ names: string[] }>(SEARCH_NAMES, { id });
    // With the real segmentation: it scans again (the graph recorded the test's), and leaves the marker as a server sets it.
    await addMissingKhmerSearchNames(helper.executor);
    const [after] = await helper.executor.read<{ names: string[] }>(SEARCH_NAMES, { id });
    expect(after?.names).toEqual(before?.names);
    expect(before?.names).toHaveLength(1);
    expect(before?.names[0]?.split(" ").length).toBeGreaterThan(1);
  });

  it("are looked for only when the segmentation changed: a second start reads the marker and touches no entity", async () => {
    // The graph records this segmentation, whether this run or an earlier start (another file's server) did it.
    await addMissingKhmerSearchNames(helper.executor);
    // An entity stored unsplit after that, as no loader writes one: only a scan would fix it.
    const id = helper.id("official");
    await helper.executor.write(STORE_UNSPLIT, { id, name: `Unscanned ${helper.token}`, alias: "ប្រាក់សុខុន" });

    const secondStart = helper.executor.forRequest();
    expect(await addMissingKhmerSearchNames(secondStart)).toEqual({ scanned: false, updated: 0 });
    // One statement, the marker's lookup; the scan of every entity is not sent.
    expect(secondStart.roundTrips).toBe(1);
    const [after] = await helper.executor.read<{ names: string[] }>(SEARCH_NAMES, { id });
    expect(after?.names).toEqual([]);
  });
});
