import "reflect-metadata";
import { type FragmentDefinitionNode, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { compileWork } from "./compile-work.js";
import { COMPILE_WORK_LIMIT } from "./jit-executor.js";
import { createSchema } from "./schema.js";

const schema = await createSchema();

function work(query: string, limit = 1_000_000): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition").map((f) => [f.name.value, f]));
  return compileWork(schema, operation, fragments, limit);
}

/** `depth` levels of an entity's relations' far ends, each of them an Entity again. */
const nested = (depth: number) => {
  let selection = "id";
  for (let i = 0; i < depth; i += 1) selection = `id relations(first: 2) { other { ${selection} } }`;
  return `{ entity(id: "official:x") { ${selection} } }`;
};

describe("compileWork", () => {
  it("counts a selection below an interface once for each of its possible types, level after level", () => {
    const kinds = schema.getPossibleTypes(schema.getType("Entity") as never).length;
    expect(kinds).toBeGreaterThan(5);
    const [one, two, three] = [1, 2, 3].map((d) => work(nested(d)));
    expect(two! / one!).toBeGreaterThan(kinds - 1);
    expect(three! / two!).toBeGreaterThan(kinds - 1);
    expect(three).toBeGreaterThan(COMPILE_WORK_LIMIT);
  });

  it("follows fragments that apply to the type, once each, and stops counting at the limit", () => {
    expect(work(`{ meeting(id: "meeting:x") { id ...M ...O } } fragment M on Meeting { name series } fragment O on Official { name }`)).toBe(4);
    expect(work(`{ meeting(id: "meeting:x") { ... on Entity { id name } } }`)).toBe(3);
    expect(work(nested(4), 50)).toBe(50);
  });

  it("leaves the benchmark's largest questions within the limit", () => {
    const p2 = `query ($series: String!) { meetings(filter: {series: $series}, first: 20) { nodes { id name participants { role other { id name } country { id name } } } } }`;
    const neighbourhood = `query ($id: ID!) { entity(id: $id) { neighbourhood(hops: 1, limit: 50) { nodes { id name } edges { source target type } truncated } } }`;
    expect(work(p2)).toBeLessThan(COMPILE_WORK_LIMIT);
    expect(work(neighbourhood)).toBeLessThan(COMPILE_WORK_LIMIT);
  });
});
