import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server/start-server.js";
import { postGraphql } from "./support/http.js";
import { TestHelper } from "./support/test-helper.js";

const EDITOR_KEY = "editor-key-for-tests-0001";
const READER_KEY = "reader-key-for-tests-0001";

let helper: TestHelper;
let open: RunningServer;
let closed: RunningServer;
beforeAll(async () => {
  helper = await TestHelper.create();
  open = await helper.startServer({ DIPLOGRAPH_EDITOR_KEYS: `alice:${EDITOR_KEY}` });
  closed = await helper.startServer({ DIPLOGRAPH_EDITOR_KEYS: `alice:${EDITOR_KEY}`, DIPLOGRAPH_READER_KEYS: `desk:${READER_KEY}` });
});
afterAll(() => helper.close());

const READ = `{ node(id: "country:KHM") { id } }`;
const WRITE = `mutation { removeArticle(id: "article:zzzzzzzzzz") { articleId } }`;

describe("credentials over HTTP", () => {
  it("refuses a mutation without a key with UNAUTHENTICATED, and with a reader key with FORBIDDEN", async () => {
    expect((await postGraphql(open.url, WRITE)).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const asReader = await postGraphql(closed.url, WRITE, {}, { authorization: `Bearer ${READER_KEY}` });
    expect(asReader.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("accepts an editor key as a bearer token or an X-API-Key header", async () => {
    const variants: Record<string, string>[] = [{ authorization: `Bearer ${EDITOR_KEY}` }, { "x-api-key": EDITOR_KEY }];
    for (const headers of variants) {
      const { body } = await postGraphql(open.url, WRITE, {}, headers);
      expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });

  it("refuses a wrong key with 401, even where reads are open", async () => {
    const { status, body } = await postGraphql(open.url, READ, {}, { authorization: "Bearer not-a-configured-key-000" });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("keeps reads open by default and closes them once reader keys are configured", async () => {
    expect((await postGraphql(open.url, READ)).body.errors).toBeUndefined();
    const anonymous = await postGraphql(closed.url, READ);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.message).toMatch(/needs a credential to read/);
    expect((await postGraphql(closed.url, READ, {}, { "x-api-key": READER_KEY })).body.errors).toBeUndefined();
  });
});
