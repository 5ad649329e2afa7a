import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../config/config.js";
import { printSchemaFile } from "./print-schema.js";
import { createSchema } from "./schema.js";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema:print` after changing types)", async () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, "schema", "schema.graphql"), "utf8");
    expect(printSchemaFile(await createSchema())).toBe(committed);
  });
});
