import { z } from "zod";
import { annotationSchema } from "./annotation.schema.js";

let cached: unknown;

/** The zod schema printed as JSON Schema: one definition of the format, for people and tools alike. */
export function annotationJsonSchema(): unknown {
  cached ??= z.toJSONSchema(annotationSchema, { io: "input", unrepresentable: "any" });
  return cached;
}

/** The committed copy beside the GraphQL schema, for reviewers and editors' tools. */
export function printAnnotationSchema(): string {
  return `${JSON.stringify(annotationJsonSchema(), null, 2)}\n`;
}
