import { buildSchema, graphql, GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { BadInputError, InternalError, NotFoundError, TimeoutError, UnauthenticatedError } from "../errors/app-error.js";
import { clientCodeOf, httpStatusOf, toClientError, withClientCode } from "./client-error.js";
import { formatError } from "./format-error.js";

const CYPHER_CAUSE = new Error("Invalid input 'RETRUN': expected ... (line 1, column 12) \"MATCH (n) RETRUN n\"");

describe("toClientError", () => {
  it("gives an AppError's message, code and details, and nothing of its cause", () => {
    const error = toClientError(new BadInputError(`"first" must be a whole number from 0 to 100; got 500.`, { argument: "first" }, { cause: CYPHER_CAUSE }));
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toMatch(/"first" must be/);
    expect(error.extensions).toEqual({ argument: "first", code: "BAD_USER_INPUT" });
    expect(JSON.stringify(error.toJSON())).not.toMatch(/RETRUN|MATCH/);
  });

  it("lets no detail overwrite the code", () => {
    expect(toClientError(new BadInputError("bad", { code: "OK" })).extensions.code).toBe("BAD_USER_INPUT");
  });

  it("masks an internal error and anything untyped, keeping the original only for the log", () => {
    const internal = toClientError(new InternalError(undefined, { cause: CYPHER_CAUSE }));
    expect(internal.toJSON()).toEqual({ message: "The server failed to answer this request.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    const untyped = toClientError(CYPHER_CAUSE);
    expect(untyped.toJSON()).toEqual({ message: "The server failed to answer this request.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(untyped.originalError).toBe(CYPHER_CAUSE);
  });

  it("sets the code's HTTP status when asked, for refusals before execution", () => {
    expect(toClientError(new UnauthenticatedError("no key"), { httpStatus: true }).extensions).toEqual({ code: "UNAUTHENTICATED", http: { status: 401 } });
    expect(toClientError(new UnauthenticatedError("no key")).extensions).toEqual({ code: "UNAUTHENTICATED" });
  });
});

describe("httpStatusOf", () => {
  it("answers each code with its status, and anything else with 500", () => {
    expect([httpStatusOf("BAD_USER_INPUT"), httpStatusOf("NOT_FOUND"), httpStatusOf("UNAVAILABLE"), httpStatusOf("TIMEOUT"), httpStatusOf("INTERNAL_SERVER_ERROR")]).toEqual([
      400, 404, 503, 504, 500,
    ]);
  });
});

describe("a typed error thrown by a resolver", () => {
  const schema = buildSchema(`type Query { node: String, slow: String, broken: String }`);
  const rootValue = {
    node: () => {
      throw new NotFoundError("entity", "official:x");
    },
    slow: () => {
      throw new TimeoutError("The query took longer than the server allows.", { cause: CYPHER_CAUSE });
    },
    broken: () => {
      throw new InternalError(undefined, { cause: CYPHER_CAUSE });
    },
  };

  it("reaches the client with its code, path and message, as Apollo's formatError hook gives it", async () => {
    const { errors } = await graphql({ schema, rootValue, source: "{ node slow broken }" });
    const out = (errors ?? []).map((error) => formatError(withClientCode(error.toJSON(), error)));
    expect(out.map((e) => [e.path, e.extensions])).toEqual([
      [["node"], { code: "NOT_FOUND", id: "official:x" }],
      [["slow"], { code: "TIMEOUT" }],
      [["broken"], { code: "INTERNAL_SERVER_ERROR" }],
    ]);
    expect(out[0]?.message).toBe(`No entity has the id "official:x".`);
    expect(JSON.stringify(out)).not.toMatch(/RETRUN|MATCH|stack/);
  });

  it("is logged under the code the client received", async () => {
    const { errors } = await graphql({ schema, rootValue, source: "{ node slow broken }" });
    expect((errors ?? []).map(clientCodeOf)).toEqual(["NOT_FOUND", "TIMEOUT", "INTERNAL_SERVER_ERROR"]);
    expect(clientCodeOf(new GraphQLError("Syntax Error", { extensions: { code: "GRAPHQL_PARSE_FAILED" } }))).toBe("GRAPHQL_PARSE_FAILED");
    expect(clientCodeOf(new GraphQLError("uncoded"))).toBe("INTERNAL_SERVER_ERROR");
  });
});
