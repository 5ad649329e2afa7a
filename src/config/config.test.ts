import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";
import { ConfigError } from "./env-parsers.js";

describe("loadConfig", () => {
  it("defaults to the embedded Neo4j when NEO4J_URI is unset", () => {
    const config = loadConfig({});
    expect(config.neo4j.mode).toBe("embedded");
    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.limits.maxPageSize).toBeGreaterThanOrEqual(config.limits.defaultPageSize);
  });

  it("gives loading a longer transaction timeout than queries, each set on its own", () => {
    const defaults = loadConfig({});
    expect(defaults.loadTxTimeoutMs).toBeGreaterThan(defaults.txTimeoutMs);
    expect(loadConfig({ NEO4J_TX_TIMEOUT_MS: "5000", NEO4J_LOAD_TX_TIMEOUT_MS: "300000" })).toMatchObject({ txTimeoutMs: 5000, loadTxTimeoutMs: 300_000 });
  });

  it("uses an external server, with its credentials and database, when NEO4J_URI is set", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_USERNAME: "u", NEO4J_PASSWORD: "p", NEO4J_DATABASE: "graph" });
    expect(config.neo4j).toEqual({ mode: "external", uri: "neo4j+s://abc.databases.neo4j.io", username: "u", password: "p", database: "graph" });
  });

  it.each([
    ["PORT", "eighty", /PORT="eighty" is invalid: expected a whole number from 0 to 65535/],
    ["PORT", "70000", /PORT="70000".*0 to 65535/],
    ["NEO4J_URI", "http://localhost:7474", /NEO4J_URI="http:\/\/localhost:7474" is invalid: expected a URI such as neo4j:\/\/host:7687/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL="loud" is invalid: expected one of fatal, error/],
    ["NEO4J_EMBEDDED_HEAP", "lots", /NEO4J_EMBEDDED_HEAP="lots" is invalid: expected a size such as 512m/],
    ["DIPLOGRAPH_OPEN_READS", "maybe", /expected true or false/],
    ["NEO4J_LOAD_TX_TIMEOUT_MS", "500", /NEO4J_LOAD_TX_TIMEOUT_MS="500" is invalid: expected a whole number from 1000 to 3600000/],
  ])("rejects %s=%s with a message naming the variable, the value and the expected form", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrowError(message);
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  });

  it("never echoes a secret it rejects", () => {
    expect(() => loadConfig({ DIPLOGRAPH_EDITOR_KEYS: "short" })).toThrowError(/<redacted>/);
  });

  it("reads named and unnamed keys, naming each holder", () => {
    const { auth } = loadConfig({ DIPLOGRAPH_EDITOR_KEYS: "alice:alice-secret-0123456789, 0123456789abcdef0123" });
    expect(auth.editorKeys[0]).toEqual({ name: "alice", key: "alice-secret-0123456789" });
    expect(auth.editorKeys[1]?.name).toMatch(/^key-[0-9a-f]{8}$/);
  });

  it("closes reads by default once reader keys are configured", () => {
    expect(loadConfig({}).auth.readsOpen).toBe(true);
    expect(loadConfig({ DIPLOGRAPH_READER_KEYS: "reader-key-0123456789" }).auth.readsOpen).toBe(false);
  });
});
