import { describe, expect, it } from "vitest";
import { linkEntity } from "./link.js";
import type { DraftEntity, GazetteerEntry } from "./draft.types.js";

const gazetteer: GazetteerEntry[] = [
  { id: "official:aaaaaaaa", kind: "Official", name: "Sok Chenda Sophea", aliases: ["Sophea"] },
  { id: "official:bbbbbbbb", kind: "Official", name: "Eat Sophea", aliases: ["Sophea"] },
  { id: "org:cccccccc", kind: "Organisation", name: "Ministry of Foreign Affairs and International Cooperation", aliases: ["MFAIC"] },
];

const entity = (kind: DraftEntity["kind"], name: string, shortForms: DraftEntity["shortForms"] = []): DraftEntity => ({
  key: `${kind}:${name}`,
  kind,
  name,
  mentions: [],
  detail: {},
  confidence: 0.9,
  reasons: [],
  shortForms,
});

describe("linkEntity", () => {
  it("links a two-word name that exactly one entity carries", () => {
    expect(linkEntity(entity("Official", "Sok Chenda Sophea"), gazetteer, "en").linkedId).toBe("official:aaaaaaaa");
  });

  it("never links a one-word name, and lists the candidates instead", () => {
    const link = linkEntity(entity("Official", "Sophea"), gazetteer, "en");
    expect(link.linkedId).toBeUndefined();
    expect(link.candidates.map((c) => c.id).sort()).toEqual(["official:aaaaaaaa", "official:bbbbbbbb"]);
  });

  it("links an organisation by a unique acronym of three letters or more", () => {
    expect(linkEntity(entity("Organisation", "MFAIC"), gazetteer, "en").linkedId).toBe("org:cccccccc");
  });

  it("does not link across kinds", () => {
    expect(linkEntity(entity("Organisation", "Sok Chenda Sophea"), gazetteer, "en").linkedId).toBeUndefined();
  });

  it("leaves a new name new, offering names that only share a word as similar", () => {
    const link = linkEntity(entity("Official", "Lay Chenda"), gazetteer, "en");
    expect(link.linkedId).toBeUndefined();
    expect(link.candidates.every((c) => c.reasons.some((r) => /^(shares words with|has a similar name)/.test(r)) && !c.reasons.some((r) => r.startsWith("has the name")))).toBe(
      true,
    );
    expect(linkEntity(entity("Official", "Heng Kimkong"), gazetteer, "en").candidates).toEqual([]);
  });
});
