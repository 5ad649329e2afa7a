import { describe, expect, it } from "vitest";
import { formatError } from "./format-error.js";

describe("formatError", () => {
  it("passes coded client errors through without a stack trace", () => {
    const out = formatError({ message: 'No Official has the id "official:x".', extensions: { code: "NOT_FOUND", stacktrace: ["at x"] } });
    expect(out.message).toMatch(/No Official/);
    expect(out.extensions).toEqual({ code: "NOT_FOUND" });
  });

  it("masks anything uncoded, so no Cypher or driver text reaches a client", () => {
    const out = formatError({ message: "Invalid input 'MATCH (n) RETRUN n'", extensions: { stacktrace: ["Neo4jError: ..."] } });
    expect(out.message).toBe("The server failed to answer this request.");
    expect(out.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(JSON.stringify(out)).not.toMatch(/MATCH|Neo4jError/);
  });
});

describe("suggestions", () => {
  const coded = (message: string) => ({ message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });

  it("are removed by default: field names, several names, and enum values", () => {
    expect(formatError(coded('Cannot query field "countri" on type "Query". Did you mean "country" or "countries"?')).message).toBe(
      'Cannot query field "countri" on type "Query".',
    );
    expect(formatError(coded('Value "Officia" does not exist in "EntityKind" enum. Did you mean the enum value "Official"?')).message).toBe(
      'Value "Officia" does not exist in "EntityKind" enum.',
    );
    expect(
      formatError(coded('Variable "$k" got invalid value "Officia" at "k[0]"; Value "Officia" does not exist in "EntityKind" enum. Did you mean the enum value "Official"?'))
        .message,
    ).not.toMatch(/Did you mean|Official"/);
  });

  it("stay when the operator opts in", () => {
    expect(formatError(coded('Cannot query field "countri" on type "Query". Did you mean "country"?'), { suggestions: true }).message).toMatch(/Did you mean "country"\?/);
  });
});
