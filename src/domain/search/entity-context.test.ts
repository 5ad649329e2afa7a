import { describe, expect, it } from "vitest";
import type { EntityRow } from "../../graph/entity.row.js";
import { describeEntity, kindLabel, type ContextLink } from "./entity-context.js";

const row = (kind: EntityRow["kind"], name: string, props: Record<string, unknown> = {}): EntityRow => ({
  id: `${kind}:${name}`,
  kind,
  name,
  sortName: name.toLowerCase(),
  ...props,
});
const cambodia = row("Country", "Cambodia", { isoCode: "KHM" });
const vietnam = row("Country", "Vietnam", { isoCode: "VNM" });
const mfaic = row("Organisation", "Ministry of Foreign Affairs and International Cooperation", { orgKind: "MINISTRY" });
const defence = row("Organisation", "Ministry of National Defense", { orgKind: "MINISTRY" });
const asean = row("Organisation", "ASEAN", { orgKind: "INTERNATIONAL_ORGANISATION" });
const hoiAn = row("Place", "Hoi An", { placeKind: "CITY" });
const phnomPenh = row("Place", "Phnom Penh", { placeKind: "CITY" });
const countries: Record<string, string> = { [mfaic.id]: "Cambodia", [defence.id]: "Cambodia", [hoiAn.id]: "Vietnam", [phnomPenh.id]: "Cambodia" };
const countryOf = (id: string) => countries[id] ?? null;
const link = (other: EntityRow, title: string | null = null): ContextLink => ({ other, title });
const contextOf = (entity: EntityRow, links: ContextLink[]) => describeEntity(entity, { links, countryOf });

describe("describeEntity", () => {
  it("gives an official's offices with their organisations and countries", () => {
    expect(contextOf(row("Official", "Eat Sophea"), [link(mfaic, "Permanent Secretary of State")])).toBe(
      "Permanent Secretary of State, Ministry of Foreign Affairs and International Cooperation (Cambodia)",
    );
    expect(contextOf(row("Official", "Kung Phoak"), [link(mfaic, "Secretary of State"), link(cambodia, "ASEAN Senior Officials’ Meeting Leader")])).toBe(
      "Secretary of State, Ministry of Foreign Affairs and International Cooperation (Cambodia); ASEAN Senior Officials’ Meeting Leader (Cambodia)",
    );
  });

  it("falls back to an official's description, then to the kind, when no office is known", () => {
    expect(contextOf(row("Official", "X", { description: "A Western diplomat quoted anonymously." }), [])).toBe("A Western diplomat quoted anonymously.");
    expect(contextOf(row("Official", "Y"), [])).toBe("Official");
  });

  it("gives an organisation's kind, what it belongs to, and its country", () => {
    expect(contextOf(mfaic, [link(cambodia)])).toBe("Ministry (Cambodia)");
    expect(contextOf(row("Organisation", "Department of Politics and Foreign Affairs", { orgKind: "DEPARTMENT" }), [link(defence)])).toBe(
      "Department, Ministry of National Defense (Cambodia)",
    );
    expect(contextOf(row("Organisation", "AHA Centre", { orgKind: "ASEAN_BODY" }), [link(asean)])).toBe("ASEAN body, ASEAN");
    expect(contextOf(asean, [])).toBe("International organisation");
    expect(contextOf(row("Organisation", "Z", { orgKind: "OTHER" }), [])).toBe("Organisation");
  });

  it("gives a meeting's dates and places, with the places' countries", () => {
    const meeting = row("Meeting", "17th HLTF-ACV", { startValue: "2024-10-29" });
    expect(contextOf(meeting, [link(hoiAn)])).toBe("2024-10-29, Hoi An (Vietnam)");
    const retreat = row("Meeting", "Retreat", { startValue: "2024-01-29", endValue: "2024-01-30" });
    expect(contextOf(retreat, [link(phnomPenh), link(cambodia)])).toBe("2024-01-29 – 2024-01-30, Phnom Penh (Cambodia)");
    expect(contextOf(row("Meeting", "Undated"), [link(vietnam)])).toBe("Vietnam");
    expect(contextOf(row("Meeting", "Nothing known"), [])).toBe("Meeting");
  });

  it("gives a place's kind and where it lies", () => {
    expect(contextOf(hoiAn, [link(vietnam)])).toBe("City (Vietnam)");
    expect(contextOf(row("Place", "Ministry building", { placeKind: "VENUE" }), [link(phnomPenh)])).toBe("Venue, Phnom Penh (Cambodia)");
  });

  it("gives a framework's kind and what it is part of, and a country's code", () => {
    const vision = row("Framework", "ASEAN Community Vision 2045", { frameworkKind: "VISION" });
    expect(contextOf(row("Framework", "APSC Strategic Plan", { frameworkKind: "STRATEGIC_PLAN" }), [link(vision)])).toBe("Strategic plan, part of ASEAN Community Vision 2045");
    expect(contextOf(vision, [])).toBe("Vision");
    expect(contextOf(cambodia, [])).toBe("Country (KHM)");
  });

  it("gives a topic's description, or the kind when it has none", () => {
    expect(contextOf(row("Topic", "South China Sea", { description: "The maritime disputes in the South China Sea." }), [])).toBe("The maritime disputes in the South China Sea.");
    expect(contextOf(row("Topic", "Border demarcation"), [])).toBe("Topic");
  });
});

describe("kindLabel", () => {
  it("reads an enum value as words, keeping ASEAN in capitals", () => {
    expect(kindLabel("ASEAN_BODY", "Organisation")).toBe("ASEAN body");
    expect(kindLabel("RESEARCH_CENTRE", "Organisation")).toBe("Research centre");
    expect(kindLabel("OTHER", "Place")).toBe("Place");
    expect(kindLabel(undefined, "Place")).toBe("Place");
  });
});
