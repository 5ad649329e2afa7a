import "reflect-metadata";
import { parse } from "graphql";
import { getComplexity } from "graphql-query-complexity/cjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphQLSchema } from "graphql";
import { createSchema } from "../schema.js";
import { CostEstimates, listSizeEstimator } from "./query-cost.js";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const cost = (query: string, variables: Record<string, unknown> = {}) => getComplexity({ schema, query: parse(query), variables, estimators: [listSizeEstimator(20)] });

describe("listSizeEstimator", () => {
  it("multiplies a list's selection by its page size", () => {
    expect(cost(`{ meetings(first: 10) { nodes { id name } } }`)).toBe(1 + 10 * (1 + 1));
    expect(cost(`{ meetings { nodes { id name } } }`)).toBe(1 + 20 * (1 + 1));
    expect(cost(`{ meeting(id: "meeting:x") { participants(first: 50) { id } } }`)).toBe(1 + 1 + 50 * 1);
  });

  it("counts a page size given in a variable", () => {
    expect(cost(`query($n: Int) { meetings(first: $n) { nodes { id } } }`, { n: 100 })).toBe(cost(`{ meetings(first: 100) { nodes { id } } }`));
  });

  it("makes nested lists multiply", () => {
    const one = cost(`{ meetings(first: 10) { nodes { participants(first: 10) { id } } } }`);
    const two = cost(`{ meetings(first: 10) { nodes { participants(first: 10) { other { ... on Official { positions(first: 10) { id } } } } } } }`);
    expect(two).toBeGreaterThan(one * 9);
  });
});

describe("CostEstimates", () => {
  it("estimates a document once per operation and variables, and again for new ones", () => {
    let walks = 0;
    const estimates = new CostEstimates((_document, variables) => {
      walks += 1;
      return Number(variables.n ?? 0);
    });
    const document = parse(`query($n: Int) { meetings(first: $n) { nodes { id } } }`);
    expect(estimates.of(document, { n: 5 }, undefined)).toBe(5);
    expect(estimates.of(document, { n: 5 }, undefined)).toBe(5);
    expect(walks).toBe(1);
    expect(estimates.of(document, { n: 7 }, undefined)).toBe(7);
    expect(estimates.of(document, { n: 5 }, "Other")).toBe(5);
    expect(estimates.of(parse(`{ meetings { nodes { id } } }`), { n: 5 }, undefined)).toBe(5);
    expect(walks).toBe(4);
  });

  it("does not keep an estimate for large variables, which are estimated every time", () => {
    let walks = 0;
    const estimates = new CostEstimates(() => ++walks);
    const document = parse(`{ meetings { nodes { id } } }`);
    const large = { text: "x".repeat(5_000) };
    estimates.of(document, large, undefined);
    estimates.of(document, large, undefined);
    expect(walks).toBe(2);
  });
});
