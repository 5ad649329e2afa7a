import { describe, expect, it } from "vitest";
import { defaultEmbeddedStartTimeoutMs, loadConfig } from "./config.js";
import { ConfigError } from "./config-error.js";

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

  it("maps logged stacks to TypeScript lines outside production only, unless told otherwise", () => {
    expect(loadConfig({}).sourceMappedStacks).toBe(true);
    expect(loadConfig({ NODE_ENV: "production" }).sourceMappedStacks).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", LOG_SOURCE_MAPPED_STACKS: "true" }).sourceMappedStacks).toBe(true);
    expect(loadConfig({ LOG_SOURCE_MAPPED_STACKS: "false" }).sourceMappedStacks).toBe(false);
  });

  it("closes reads by default once reader keys are configured", () => {
    expect(loadConfig({}).auth.readsOpen).toBe(true);
    expect(loadConfig({ DIPLOGRAPH_READER_KEYS: "reader-key-0123456789" }).auth.readsOpen).toBe(false);
  });

  it("reports every invalid variable at once, each on its own line", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", LOG_FORMAT: "xml", NEO4J_EMBEDDED_HEAP: "lots" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable)).toEqual(["PORT", "LOG_FORMAT", "NEO4J_EMBEDDED_HEAP"]);
    expect((error as ConfigError).message.split("\n")).toEqual([
      'PORT="eighty" is invalid: expected a whole number from 0 to 65535.',
      'LOG_FORMAT="xml" is invalid: expected one of auto, json, pretty.',
      'NEO4J_EMBEDDED_HEAP="lots" is invalid: expected a size such as 512m or 2g.',
    ]);
  });

  it("takes a blank variable as unset and trims the others", () => {
    const config = loadConfig({ PORT: "  ", HOST: " 0.0.0.0 ", GRAPHQL_MAX_PAGE_SIZE: " 50 " });
    expect(config.port).toBe(4000);
    expect(config.host).toBe("0.0.0.0");
    expect(config.limits.maxPageSize).toBe(50);
  });

  it("reads the embedded settings only when it embeds Neo4j", () => {
    expect(loadConfig({ NEO4J_EMBEDDED_HEAP: "2G", NEO4J_EMBEDDED_PORT: "0", NEO4J_DATA_DIR: "tmp/graph", NEO4J_EMBEDDED_START_TIMEOUT_MS: "600000" }).neo4j).toMatchObject({
      mode: "embedded",
      heap: "2g",
      pagecache: "256m",
      startTimeoutMs: 600_000,
      port: 0,
      dataDir: expect.stringMatching(/tmp\/graph$/),
    });
    expect(loadConfig({ NEO4J_URI: "bolt://db.example:7687", NEO4J_EMBEDDED_HEAP: "lots" }).neo4j.mode).toBe("external");
  });

  it.each([
    ["yes", true],
    ["TRUE", true],
    ["1", true],
    ["No", false],
    ["false", false],
    ["0", false],
  ])("reads DIPLOGRAPH_OPEN_READS=%s as %s, overriding the default that reader keys imply", (value, open) => {
    expect(loadConfig({ DIPLOGRAPH_READER_KEYS: "reader-key-0123456789", DIPLOGRAPH_OPEN_READS: value }).auth.readsOpen).toBe(open);
  });

  it.each(["neo4j://host", "neo4j+s://host:7687", "neo4j+ssc://host", "bolt://127.0.0.1:7687", "bolt+s://host", "bolt+ssc://host"])("accepts the driver's scheme in %s", (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4j).toMatchObject({ mode: "external", uri, username: "neo4j", password: "" });
  });

  it.each(["bolt://", "neo4j://:7687", "host:7687", "https://host"])("refuses NEO4J_URI=%s", (uri) => {
    expect(() => loadConfig({ NEO4J_URI: uri })).toThrowError(/NEO4J_URI=.* is invalid: expected a URI such as neo4j:\/\/host:7687 \(schemes: neo4j, neo4j\+s/);
  });

  it("never echoes a reader key it rejects either", () => {
    expect(() => loadConfig({ DIPLOGRAPH_READER_KEYS: "ok-reader-key-0123456789,tiny" })).toThrowError('DIPLOGRAPH_READER_KEYS="<redacted>" is invalid');
  });

  it.each([
    [1, 480_000],
    [2, 240_000],
    [3, 160_000],
    [4, 120_000],
    [16, 120_000],
  ])("gives the embedded Neo4j two minutes to start on four cores or more, scaled up on %i cores to %i ms", (cores, expected) => {
    expect(defaultEmbeddedStartTimeoutMs(cores)).toBe(expected);
  });

  it("takes the machine's scaled start limit by default and NEO4J_EMBEDDED_START_TIMEOUT_MS when set", () => {
    expect(loadConfig({}).neo4j).toMatchObject({ mode: "embedded", startTimeoutMs: defaultEmbeddedStartTimeoutMs() });
    expect(loadConfig({ NEO4J_EMBEDDED_START_TIMEOUT_MS: "45000" }).neo4j).toMatchObject({ startTimeoutMs: 45_000 });
    expect(() => loadConfig({ NEO4J_EMBEDDED_START_TIMEOUT_MS: "1000" })).toThrowError(
      /NEO4J_EMBEDDED_START_TIMEOUT_MS="1000" is invalid: expected a whole number from 5000 to 3600000/,
    );
  });
});
