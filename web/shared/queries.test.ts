import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import * as explore from "../explore/queries.js";
import * as review from "../review/queries.js";

/** The printed schema the server serves: the pages' operations must stay valid against it as it grows. */
const schema = buildSchema(readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8"));

const operations = (Object.entries({ ...explore, ...review }) as [string, unknown][]).filter((entry): entry is [string, string] => typeof entry[1] === "string");

describe("the pages' GraphQL", () => {
  it("has operations to check", () => {
    expect(operations.map(([name]) => name)).toEqual(expect.arrayContaining(["SEARCH", "NEIGHBOURHOOD", "CONNECTION", "COUNTERPARTS", "CARD", "CANDIDATES", "INGEST"]));
  });

  it.each(operations)("%s is valid against the schema", (_name, operation) => {
    expect(validate(schema, parse(operation)).map((e) => e.message)).toEqual([]);
  });
});
