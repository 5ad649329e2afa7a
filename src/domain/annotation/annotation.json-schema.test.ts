import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../config/config.js";
import { printAnnotationSchema } from "./annotation.json-schema.js";

describe("schema/annotation.schema.json", () => {
  it("matches the annotation format the code validates (run `npm run schema:print` after changing it)", () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, "schema", "annotation.schema.json"), "utf8");
    expect(printAnnotationSchema()).toBe(committed);
  });
});
