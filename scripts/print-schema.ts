import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/config/config.js";
import { createSchema } from "../src/graphql/schema.js";
import { printSchemaFile } from "../src/graphql/print-schema.js";

const target = path.join(PROJECT_ROOT, "schema", "schema.graphql");
writeFileSync(target, printSchemaFile(await createSchema()));
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
