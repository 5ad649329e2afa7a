import { GraphQLEnumType, GraphQLID, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config/config.js";
import { NotFoundError } from "../errors/app-error.js";
import { createLogger } from "../logging/logger.js";
import type { Context } from "./context.js";
import { createApollo } from "./create-apollo.js";
import { JitExecutor } from "./jit-executor.js";

const Kind = new GraphQLEnumType({ name: "Kind", values: { Meeting: { value: "Meeting" }, Summit: { value: "Summit" } } });

const Meeting = new GraphQLObjectType({
  name: "Meeting",
  fields: {
    id: { type: new GraphQLNonNull(GraphQLID) },
    kind: { type: new GraphQLNonNull(Kind) },
    // Raised in a resolver, as a service raises it for an id that names nothing.
    chair: {
      type: new GraphQLNonNull(GraphQLString),
      resolve: async (m: { id: string; chair?: string }) => {
        if (!m.chair) throw new NotFoundError("official", `${m.id}:chair`);
        return m.chair;
      },
    },
  },
});

const MEETINGS = [
  { id: "meeting:1", kind: "Meeting", chair: "official:a" },
  { id: "meeting:2", kind: "Summit" },
];

/** The order each mutation started and finished in. */
const steps: string[] = [];
const step = (name: string, ms: number) => async () => {
  steps.push(`${name} start`);
  await new Promise((resolve) => setTimeout(resolve, ms));
  steps.push(`${name} end`);
  return name;
};

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      meetings: {
        type: new GraphQLList(Meeting),
        args: { kind: { type: Kind } },
        resolve: (_root, args: { kind?: string }) => MEETINGS.filter((m) => !args.kind || m.kind === args.kind),
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: "Mutation",
    fields: { slow: { type: GraphQLString, resolve: step("slow", 20) }, quick: { type: GraphQLString, resolve: step("quick", 0) } },
  }),
});

const logger = createLogger("silent");
const contextValue = { executor: { roundTrips: 0, databaseTimeMs: 0, writtenBookmarks: [] }, logger, answersAs: null } as unknown as Context;

async function server() {
  const jit = new JitExecutor(schema);
  const apollo = createApollo({ schema, config: loadConfig({}), logger, jit });
  await apollo.start();
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    // The cost extension carries timings, which differ between any two requests.
    const { data, errors } = response.body.singleResult;
    return { data, errors, status: response.http.status };
  };
  return { jit, apollo, run };
}

/** Runs a request twice, the first time interpreted and the second compiled, and returns both answers. */
async function twice(run: (query: string, variables?: Record<string, unknown>) => Promise<unknown>, query: string, variables?: Record<string, unknown>) {
  const first = await run(query, variables);
  const second = await run(query, variables);
  return { first, second };
}

describe("JitExecutor", () => {
  it("runs a document's first request on graphql-js and compiles it for the later ones", async () => {
    const { jit, apollo, run } = await server();
    const query = `query ($kind: Kind) { meetings(kind: $kind) { id kind } }`;
    expect((await run(query, { kind: "Meeting" })).data).toEqual({ meetings: [{ id: "meeting:1", kind: "Meeting" }] });
    expect(jit.runs).toEqual({ compiled: 0, interpreted: 1 });
    expect((await run(query, { kind: "Summit" })).data).toEqual({ meetings: [{ id: "meeting:2", kind: "Summit" }] });
    expect((await run(query, {})).data).toEqual({ meetings: MEETINGS.map(({ id, kind }) => ({ id, kind })) });
    expect(jit.runs).toEqual({ compiled: 2, interpreted: 1 });
    expect(jit.size).toBe(1);
    await apollo.stop();
  });

  it("keeps a resolver's error code, message and path, and nulls only the item it belongs to, as graphql-js does", async () => {
    const { jit, apollo, run } = await server();
    const { first, second } = await twice(run, `{ meetings { id chair } }`);
    expect(jit.runs).toEqual({ compiled: 1, interpreted: 1 });
    expect(second).toEqual(first);
    expect(second).toMatchObject({
      data: { meetings: [{ id: "meeting:1", chair: "official:a" }, null] },
      errors: [
        {
          message: 'No official has the id "meeting:2:chair".',
          locations: [{ line: 1, column: 17 }],
          path: ["meetings", 1, "chair"],
          extensions: { code: "NOT_FOUND", id: "meeting:2:chair" },
        },
      ],
    });
    await apollo.stop();
  });

  it("refuses a bad variable as graphql-js does, as BAD_USER_INPUT", async () => {
    const { jit, apollo, run } = await server();
    const { first, second } = await twice(run, `query ($kind: Kind) { meetings(kind: $kind) { id } }`, { kind: "Congress" });
    expect(jit.runs).toEqual({ compiled: 1, interpreted: 1 });
    expect(second).toEqual(first);
    expect(second).toMatchObject({
      status: 400,
      errors: [{ message: expect.stringMatching(/^Variable "\$kind" got invalid value "Congress"/), extensions: { code: "BAD_USER_INPUT" } }],
    });
    expect((second as { data?: unknown }).data).toBeUndefined();
    await apollo.stop();
  });

  it("runs mutations one after another", async () => {
    const { jit, apollo, run } = await server();
    await run(`mutation { slow quick }`);
    steps.length = 0;
    expect((await run(`mutation { slow quick }`)).data).toEqual({ slow: "slow", quick: "quick" });
    expect(jit.runs.compiled).toBe(1);
    expect(steps).toEqual(["slow start", "slow end", "quick start", "quick end"]);
    await apollo.stop();
  });

  it("leaves a document with @skip or @include to graphql-js", async () => {
    const { jit, apollo, run } = await server();
    const { second } = await twice(run, `query ($more: Boolean!) { meetings { id kind @include(if: $more) } }`, { more: false });
    expect(second).toMatchObject({ data: { meetings: [{ id: "meeting:1" }, { id: "meeting:2" }] } });
    expect(jit.runs).toEqual({ compiled: 0, interpreted: 2 });
    await apollo.stop();
  });

  it("leaves a document whose compilation would be too large to graphql-js", () => {
    const jit = new JitExecutor(schema, { workLimit: 2 });
    const small = parse(`{ meetings { id } }`);
    const large = parse(`{ meetings { id kind } }`);
    for (const _ of [1, 2]) jit.pathOf("small", small, undefined);
    for (const _ of [1, 2]) jit.pathOf("large", large, undefined);
    expect(jit.pathOf("small", small, undefined)).toBe("compiled");
    expect(jit.pathOf("large", large, undefined)).toBe("interpreted");
  });

  it("keeps at most its number of compiled queries, however many documents arrive", () => {
    const jit = new JitExecutor(schema, { entries: 3 });
    for (let i = 0; i < 10; i += 1) {
      const document = parse(`{ meetings { id${" kind".repeat(i)} } }`);
      expect(jit.pathOf(`hash${i}`, document, undefined)).toBe("interpreted");
      expect(jit.pathOf(`hash${i}`, document, undefined)).toBe("compiled");
      expect(jit.size).toBe(Math.min(i + 1, 3));
    }
  });

  it("compiles a document once the configured number of its requests ran on graphql-js", () => {
    const document = parse(`{ meetings { id } }`);
    const paths = (compileAfter: number) => {
      const jit = new JitExecutor(schema, { compileAfter });
      return [1, 2, 3].map(() => jit.pathOf("hash", document, undefined));
    };
    expect(paths(0)).toEqual(["compiled", "compiled", "compiled"]);
    expect(paths(2)).toEqual(["interpreted", "interpreted", "compiled"]);
  });
});
