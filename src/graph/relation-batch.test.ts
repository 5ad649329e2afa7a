import { describe, expect, it } from "vitest";
import type { EntityRow } from "./entity.row.js";
import type { StatementRelation } from "./relation.row.js";
import { countriesById, relationBatch, relationRows } from "./relation-batch.js";

describe("relationBatch", () => {
  it("gives keys of the same types and direction one shape, whatever the order of their types, and the largest size and every country property", () => {
    const batch = relationBatch([
      { types: ["MEMBER_OF", "CHAIRS"], direction: "IN", limit: 5, countryKeys: ["name"] },
      { types: ["CHAIRS", "MEMBER_OF"], direction: "IN", limit: 20, role: "CHAIRED" },
      { types: ["CHAIRS", "MEMBER_OF"], direction: "OUT", limit: 1, countryKeys: ["isoCode", "name"] },
    ]);
    expect(batch.shapes).toEqual([
      { types: ["CHAIRS", "MEMBER_OF"], direction: "IN" },
      { types: ["CHAIRS", "MEMBER_OF"], direction: "OUT" },
    ]);
    expect(batch.params.map((p) => [p.index, p.shape, p.role])).toEqual([
      [0, 0, null],
      [1, 0, "CHAIRED"],
      [2, 1, null],
    ]);
    expect(batch.cap).toBe(20);
    expect(batch.countryKeys).toEqual(["isoCode", "name"]);
  });
});

describe("relationRows", () => {
  it("makes the statement's relations rows seen from the key's entity: ends, properties by name, the country with the key's properties", () => {
    const countries = countriesById([{ id: "country:KHM", kind: "Country", values: ["KH", "Cambodia"] }]);
    const relations: StatementRelation[] = [
      ["f1", "PARTICIPATED_IN", false, null, ["LED_DELEGATION", "country:KHM"], { id: "official:a", kind: "Official", values: ["A"] } as unknown as EntityRow, "country:KHM"],
      ["f2", "PARTICIPATED_IN", false, null, [null, null], { id: "official:b", kind: "Official", values: ["B"] } as unknown as EntityRow, null],
    ];
    const key = {
      id: "meeting:m",
      types: ["PARTICIPATED_IN"] as const,
      direction: "IN" as const,
      limit: 10,
      relationKeys: ["role", "countryId"],
      otherKeys: ["name"],
      countryKeys: ["name"],
    };
    const rows = relationRows(key, relations, countries, ["isoCode", "name"]);
    expect(rows[0]).toMatchObject({
      selfId: "meeting:m",
      otherId: "official:a",
      subjectId: "official:a",
      objectId: "meeting:m",
      props: { role: "LED_DELEGATION", countryId: "country:KHM" },
    });
    expect(rows[0]!.country).toEqual({ id: "country:KHM", kind: "Country", values: ["Cambodia"] });
    expect(rows[1]).toMatchObject({ props: { role: null, countryId: null }, country: null });
    expect("countryId" in rows[1]!).toBe(false);
  });

  it("takes the far end's id as read when the far end is not, and keeps a map of properties whole", () => {
    const key = { id: "official:a", types: ["HOLDS_POSITION"] as const, direction: "OUT" as const, limit: 10 };
    const [row] = relationRows(key, [["f3", "HOLDS_POSITION", true, "org:x", { title: "Minister" }, null, null]], new Map(), []);
    expect(row).toEqual({ factId: "f3", type: "HOLDS_POSITION", selfId: "official:a", otherId: "org:x", subjectId: "official:a", objectId: "org:x", props: { title: "Minister" } });
  });
});
