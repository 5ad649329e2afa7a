import "reflect-metadata";
import { describe, expect, it } from "vitest";
import type { RelationRow } from "../../graph/relation.row.js";
import { relationKeys, toRelation } from "./relation.type.js";

/** A position with every property a Relation field reads set to something other than its default. */
const FULL: Record<string, unknown> = {
  role: "LED_DELEGATION",
  title: "Minister",
  mode: "REVIEWED",
  term: 2,
  disputed: true,
  disputeNote: "contested",
  evidenceCount: 3,
};

const row = (props: Record<string, unknown>): RelationRow => ({
  factId: "fact:x",
  type: "HOLDS_POSITION",
  selfId: "official:a",
  otherId: "org:b",
  subjectId: "official:a",
  objectId: "org:b",
  props,
});

describe("relationKeys", () => {
  it.each(Object.keys(FULL))("reads what the %s field needs, so a lean read answers it as a full one does", (field) => {
    const keys = relationKeys(new Set([field]));
    const lean = Object.fromEntries(keys.map((k) => [k, FULL[k] ?? null]));
    expect(toRelation(row(lean))[field as keyof ReturnType<typeof toRelation>]).toEqual(toRelation(row(FULL))[field as keyof ReturnType<typeof toRelation>]);
  });
});
