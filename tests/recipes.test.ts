import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { RECIPES } from "../src/http/graphiql-recipes.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
});
afterAll(() => helper.close());

function listsIn(value: unknown): unknown[][] {
  if (Array.isArray(value)) return [value, ...value.flatMap(listsIn)];
  if (value && typeof value === "object") return Object.values(value).flatMap(listsIn);
  return [];
}

/** Found something: a non-null answer and, when it holds lists, at least one of them non-empty. */
function foundSomething(value: unknown): boolean {
  const lists = listsIn(value);
  return value !== null && value !== undefined && (lists.length === 0 || lists.some((l) => l.length > 0));
}

describe("the GraphiQL recipes", () => {
  it("each has a title, a named operation and a comment saying what it answers", () => {
    expect(RECIPES.length).toBeGreaterThan(0);
    for (const recipe of RECIPES) {
      expect(recipe.title.trim(), recipe.query).not.toBe("");
      expect(recipe.query, recipe.title).toMatch(/^# \S/);
      expect(recipe.query, recipe.title).toMatch(/^(query|mutation) [A-Z]\w*/m);
    }
    expect(new Set(RECIPES.map((r) => r.title)).size).toBe(RECIPES.length);
  });

  it("starts with a search that needs no variables, since GraphiQL opens its first tab with an empty variables editor", () => {
    expect(RECIPES[0]?.query).toMatch(/\bsearch\(/);
    expect(RECIPES[0]?.variables).toBeUndefined();
  });

  it.each(RECIPES.map((r) => [r.title, r] as const))("%s: runs on the seed graph without errors and finds something", async (_title, recipe) => {
    const result = await helper.execute(recipe.query, recipe.variables ?? {});
    expect(result.errors, JSON.stringify(result.errors, null, 2)).toBeUndefined();
    expect(result.data).toBeTruthy();
    for (const [field, value] of Object.entries(result.data ?? {})) {
      expect(foundSomething(value), `${field} found nothing: ${JSON.stringify(value)}`).toBe(true);
    }
  });
});
