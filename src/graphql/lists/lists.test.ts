import "reflect-metadata";
import { getNamedType, type GraphQLInputObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { LIST_NAMES, LIST_SPECS } from "../../graph/list.queries.js";
import { createSchema } from "../schema.js";
import { LISTS } from "./lists.resolvers.js";

/** The error a filter's values raise, or undefined when they are accepted. */
function refusal(run: () => unknown): AppError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe("the declared lists", () => {
  it("are every list the query side knows, each once", () => {
    expect(LISTS.map((list) => list.name).sort()).toEqual([...LIST_NAMES].sort());
  });

  it.each(LISTS.map((list) => [list.name, list] as const))("%s: declares the filters and orders its query takes, no more and no fewer", (name, list) => {
    expect([...list.filter.keys].sort()).toEqual([...LIST_SPECS[name].filters].sort());
    expect(Object.keys(list.order).sort()).toEqual(Object.keys(LIST_SPECS[name].orders).sort());
    expect(Object.keys(LIST_SPECS[name].orders)).toContain(list.defaultOrder);
  });

  it("turn no filter, or an empty one, into no conditions", () => {
    for (const list of LISTS) {
      expect(list.filter.params(undefined)).toEqual({});
      expect(list.filter.params(null)).toEqual({});
      expect(list.filter.params({})).toEqual({});
    }
  });
});

describe("the id filters of every list", () => {
  it("refuse an id of the wrong kind as BAD_USER_INPUT naming the field, before any query", async () => {
    const schema = await createSchema();
    let checked = 0;
    for (const list of LISTS) {
      const input = schema.getType(list.filter.name) as GraphQLInputObjectType;
      for (const field of Object.values(input.getFields())) {
        if (getNamedType(field.type).name !== "ID") continue;
        checked++;
        for (const wrong of ["nonsense", "article:zzzz", "unknown:abc"]) {
          const error = refusal(() => list.filter.params({ [field.name]: wrong }));
          expect(error?.code, `${list.name}(filter: {${field.name}: "${wrong}"})`).toBe("BAD_USER_INPUT");
          expect(error?.details.argument).toBe(`filter.${field.name}`);
        }
      }
    }
    // country on four lists, organisation on two, mentions on articles.
    expect(checked).toBe(7);
  });

  it("pass an id of the right kind through to the query", () => {
    const meetings = LISTS.find((list) => list.name === "meetings")!;
    expect(meetings.filter.params({ country: "country:KHM", organisation: null })).toEqual({ country: "country:KHM" });
  });
});

describe("the date range of a filter", () => {
  it("is refused when it ends before it starts, naming both ends", () => {
    for (const list of LISTS.filter((l) => l.filter.keys.includes("from"))) {
      const error = refusal(() => list.filter.params({ from: "2024-05-01", to: "2024-04-30" }));
      expect(error?.code).toBe("BAD_USER_INPUT");
      expect(error?.message).toContain(`"filter.from" (2024-05-01) is after "filter.to" (2024-04-30)`);
    }
  });

  it("keeps either end alone, and both when in order", () => {
    const meetings = LISTS.find((list) => list.name === "meetings")!;
    expect(meetings.filter.params({ from: "2024-01-01" })).toEqual({ from: "2024-01-01" });
    expect(meetings.filter.params({ to: "2024-01-01" })).toEqual({ to: "2024-01-01" });
    expect(meetings.filter.params({ from: "2024-01-01", to: "2024-01-01" })).toEqual({ from: "2024-01-01", to: "2024-01-01" });
  });
});
