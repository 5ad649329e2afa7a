import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";

interface Params {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}
interface PageScript {
  operationNames(query: string): string[];
  withOwnOperationName(params: Params): Params;
}

/** The script exactly as the page loads it, run in a sandbox that stands in for the window. */
function loadPageScript(): PageScript {
  const window: { DiplographGraphiQL?: PageScript } = {};
  runInNewContext(readFileSync(new URL("./graphiql-operation-name.js", import.meta.url), "utf8"), { window });
  if (!window.DiplographGraphiQL) throw new Error("the page script defined nothing");
  return window.DiplographGraphiQL;
}

const script = loadPageScript();

describe("the GraphiQL page's operation-name guard", () => {
  it("finds the names of a document's operations, ignoring comments and strings", () => {
    const query = `# query NotThis
query First($t: String = "query NorThis") { search(text: """
mutation NorThat
""") { score } }
mutation Second { x }
subscription Third { y }
{ anonymous }`;
    expect(script.operationNames(query)).toEqual(["First", "Second", "Third"]);
  });

  it("leaves a name that belongs to the query as it is", () => {
    const params = { query: "query A { a } query B { b }", operationName: "B", variables: { x: 1 } };
    expect(script.withOwnOperationName(params)).toBe(params);
  });

  it("replaces a stale name with the query's only operation, keeping the rest", () => {
    const fixed = script.withOwnOperationName({ query: "query OfficialPage($id: ID!) { node(id: $id) { id } }", operationName: "SearchByName", variables: { id: "x" } });
    expect(fixed).toEqual({ query: "query OfficialPage($id: ID!) { node(id: $id) { id } }", operationName: "OfficialPage", variables: { id: "x" } });
  });

  it("drops a stale name when the query has several operations, so the server asks which one", () => {
    expect(script.withOwnOperationName({ query: "query A { a } query B { b }", operationName: "C" }).operationName).toBeUndefined();
  });

  it("passes requests without a name untouched", () => {
    const params = { query: "{ a }" };
    expect(script.withOwnOperationName(params)).toBe(params);
  });
});
