import path from "node:path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import { layerBoundaries } from "./layer-boundaries.rule.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = path.resolve("/project");
const at = (file) => path.join(root, "src", file);
const options = [{ root }];
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" } });

tester.run("layer-boundaries", layerBoundaries, {
  valid: [
    { name: "downward, one layer", filename: at("domain/search/search.service.ts"), code: `import { SEARCH } from "../../graph/search.queries.js";`, options },
    { name: "downward to the foundations", filename: at("neo4j/executor.ts"), code: `import { AppError } from "../errors/app-error.js";`, options },
    { name: "within one folder", filename: at("graphql/lists/list.resolver.ts"), code: `import { page } from "../pagination/page-size.js";`, options },
    { name: "a package any folder may use", filename: at("domain/x.ts"), code: `import DataLoader from "dataloader";`, options },
    { name: "the Neo4j driver in src/neo4j", filename: at("neo4j/executor.ts"), code: `import neo4j from "neo4j-driver";`, options },
    { name: "GraphQL at the boundary", filename: at("http/route-errors.ts"), code: `import { GraphQLError } from "graphql";`, options },
    { name: "an entry point directly in src/", filename: at("main.ts"), code: `import { startServer } from "./server/start-server.js";`, options },
    { name: "a client over the server's layers", filename: at("cli/ingest.cli.ts"), code: `import { openNeo4j } from "../neo4j/open-neo4j.js";`, options },
    { name: "files outside src/ are not layered", filename: path.join(root, "tests/x.test.ts"), code: `import { x } from "../src/graphql/schema.js";`, options },
  ],
  invalid: [
    {
      name: "the Neo4j driver outside src/neo4j, even for a type",
      filename: at("graph/x.ts"),
      code: `import type { Integer } from "neo4j-driver";`,
      options,
      errors: [{ messageId: "package" }],
    },
    {
      name: "GraphQL in the typed errors",
      filename: at("errors/app-error.ts"),
      code: `import { GraphQLError } from "graphql";`,
      options,
      errors: [
        {
          messageId: "package",
          data: {
            specifier: "graphql",
            homes: "graphql, src/http",
            where: "src/errors",
            why: "GraphQL is the boundary: services, queries and typed errors below it know nothing of it, and src/graphql/client-error.ts alone turns an error into what a client reads",
          },
        },
      ],
    },
    { name: "a GraphQL library in a service", filename: at("domain/x.ts"), code: `import { Field } from "type-graphql";`, options, errors: [{ messageId: "package" }] },
    {
      name: "upward: graph to domain, through a type-only import",
      filename: at("graph/relation.queries.ts"),
      code: `import type { EntityRow } from "../domain/entity/entity.row.js";`,
      options,
      errors: [
        {
          messageId: "upward",
          data: {
            from: "graph",
            to: "domain",
            fromLayer: "graph",
            toLayer: "domain",
            direction: "that is upward",
            order: "model/time/errors/config/logging < auth < neo4j < graph < domain < graphql < http < corpus < server/cli",
          },
        },
      ],
    },
    {
      name: "upward: domain to graphql",
      filename: at("domain/editing/editing.service.ts"),
      code: `import { Context } from "../../graphql/context.js";`,
      options,
      errors: [{ messageId: "upward" }],
    },
    { name: "upward: a foundation to a layer", filename: at("auth/require-editor.ts"), code: `export { x } from "../graphql/x.js";`, options, errors: [{ messageId: "upward" }] },
    { name: "upward, re-exporting everything", filename: at("neo4j/index.ts"), code: `export * from "../graph/queries.js";`, options, errors: [{ messageId: "upward" }] },
    { name: "upward, through import()", filename: at("neo4j/migrate.ts"), code: `const m = await import("../corpus/load-corpus.js");`, options, errors: [{ messageId: "upward" }] },
    { name: "upward, through a type query", filename: at("graph/rows.ts"), code: `type T = import("../domain/x.js").X;`, options, errors: [{ messageId: "upward" }] },
    {
      name: "sideways between two foundations, which could close a cycle",
      filename: at("time/partial-date.ts"),
      code: `import { AppError } from "../errors/app-error.js";`,
      options,
      errors: [
        {
          messageId: "upward",
          data: {
            from: "time",
            to: "errors",
            fromLayer: "foundations",
            toLayer: "foundations",
            direction: "they share a layer, and imports between them could form a cycle",
            order: "model/time/errors/config/logging < auth < neo4j < graph < domain < graphql < http < corpus < server/cli",
          },
        },
      ],
    },
    {
      name: "sideways between the two clients",
      filename: at("cli/ingest.cli.ts"),
      code: `import { startServer } from "../server/start-server.js";`,
      options,
      errors: [{ messageId: "upward" }],
    },
    {
      name: "a folder with no layer, importing",
      filename: at("queries/x.ts"),
      code: `import { y } from "../model/y.js";`,
      options,
      errors: [{ messageId: "unplaced", data: { folder: "queries" } }],
    },
    {
      name: "a folder with no layer, imported",
      filename: at("graphql/x.ts"),
      code: `import { y } from "../loaders/y.js";`,
      options,
      errors: [{ messageId: "unplaced", data: { folder: "loaders" } }],
    },
  ],
});
