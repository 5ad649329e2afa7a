import { describe, expect, it } from "vitest";
import { readMigrations } from "../neo4j/migration-files.js";
import { MIGRATIONS_DIR } from "../neo4j/migrate.js";
import { NAME_KEYS } from "./name-keys.js";

describe("nameKeys", () => {
  it("is backfilled by migration 0006 with exactly the expression every load writes", () => {
    const migration = readMigrations(MIGRATIONS_DIR).find((m) => m.name === "0006_name_keys");
    const backfill = migration?.statements.find((s) => s.includes("SET n.nameKeys"));
    expect(backfill).toBeDefined();
    expect(backfill?.endsWith(`SET n.nameKeys = ${NAME_KEYS}`)).toBe(true);
  });
});
