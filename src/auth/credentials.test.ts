import { describe, expect, it } from "vitest";
import { identify, matchKey, presentedKey } from "./credentials.js";

const keys = {
  editorKeys: [{ name: "alice", key: "alice-editor-key-0001" }],
  readerKeys: [{ name: "desk", key: "desk-reader-key-00001" }],
};
const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name] });

describe("credentials", () => {
  it("takes a bearer token or an X-API-Key header", () => {
    expect(presentedKey(headers({ authorization: "Bearer abc" }))).toBe("abc");
    expect(presentedKey(headers({ "x-api-key": " xyz " }))).toBe("xyz");
    expect(presentedKey(headers({}))).toBeUndefined();
  });

  it("identifies editors and readers by their keys, and names them", () => {
    expect(identify("alice-editor-key-0001", keys)).toEqual({ role: "editor", name: "alice" });
    expect(identify("desk-reader-key-00001", keys)).toEqual({ role: "reader", name: "desk" });
    expect(identify(undefined, keys)).toEqual({ role: "anonymous", name: null });
  });

  it("rejects a wrong key, including one that is a prefix of a real key", () => {
    expect(identify("alice-editor-key-000", keys)).toBe("invalid");
    expect(matchKey("alice-editor-key-00012", keys.editorKeys)).toBeUndefined();
  });
});
