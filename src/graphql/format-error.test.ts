import { describe, expect, it } from "vitest";
import { formatError } from "./format-error.js";

describe("formatError", () => {
  it("passes coded client errors through without a stack trace", () => {
    const out = formatError({ message: "No Official has the id \"official:x\".", extensions: { code: "NOT_FOUND", stacktrace: ["at x"] } });
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
