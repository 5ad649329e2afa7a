import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/config/config.js";
import { createSchema } from "../src/graphql/schema.js";
import { printAnnotationSchema } from "../src/domain/annotation/annotation.json-schema.js";
import { printSchemaFile } from "../src/graphql/print-schema.js";

const graphqlTarget = path.join(PROJECT_ROOT, "schema", "schema.graphql");
writeFileSync(graphqlTarget, printSchemaFile(await createSchema()));
const annotationTarget = path.join(PROJECT_ROOT, "schema", "annotation.schema.json");
writeFileSync(annotationTarget, printAnnotationSchema());
process.stdout.write(`wrote ${path.relative(process.cwd(), graphqlTarget)} and ${path.relative(process.cwd(), annotationTarget)}\n`);
