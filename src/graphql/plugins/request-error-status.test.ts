import { describe, expect, it } from "vitest";
import { MediaType } from "../context.js";
import { requestErrorStatusPlugin } from "./request-error-status.plugin.js";

/** Runs the plugin's willSendResponse on a response of the given shape and returns the status it leaves. */
async function statusAfter(options: { answersAs: MediaType | null; status: number; query?: string; result?: Record<string, unknown> }): Promise<number | undefined> {
  const response = { http: { status: options.status }, body: { kind: "single", singleResult: options.result ?? { errors: [{ message: "x" }] } } };
  const requestContext = { request: { query: "query" in options ? options.query : "{ x }" }, response, contextValue: { answersAs: options.answersAs } };
  // Only the fields the plugin reads are given.
  const listener = await requestErrorStatusPlugin().requestDidStart?.(requestContext as never);
  await listener?.willSendResponse?.(requestContext as never);
  return response.http.status;
}

describe("the request-error status", () => {
  it("is 200 for a client that takes application/json, and stays 400 for application/graphql-response+json", async () => {
    expect(await statusAfter({ answersAs: MediaType.JSON, status: 400 })).toBe(200);
    expect(await statusAfter({ answersAs: MediaType.GRAPHQL_RESPONSE_JSON, status: 400 })).toBe(400);
  });

  it("leaves a request with no document, a response with data, other statuses and in-process calls alone", async () => {
    expect(await statusAfter({ answersAs: MediaType.JSON, status: 400, query: undefined })).toBe(400);
    expect(await statusAfter({ answersAs: MediaType.JSON, status: 400, result: { data: null, errors: [] } })).toBe(400);
    for (const status of [401, 403, 413, 429, 500, 503]) expect(await statusAfter({ answersAs: MediaType.JSON, status })).toBe(status);
    expect(await statusAfter({ answersAs: null, status: 400 })).toBe(400);
  });
});
