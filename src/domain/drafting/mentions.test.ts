import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions.js";
import { segmentWords } from "./segment.js";

const find = (text: string, lang = "en", gazetteer = []) => findMentions(text, segmentWords(text, lang), gazetteer).map((m) => [m.kind, m.text]);

describe("findMentions", () => {
  it("finds countries by ICU names in any script, and demonyms", () => {
    expect(find("The Cambodian delegation met Malaysia.")).toEqual([
      ["Country", "Cambodian"],
      ["Country", "Malaysia"],
    ]);
    expect(find("คณะผู้แทนไทยเดินทางไปกัมพูชา", "th")).toEqual([
      ["Country", "ไทย"],
      ["Country", "กัมพูชา"],
    ]);
  });

  it("keeps the body named inside a meeting's name, and nothing else inside a longer name", () => {
    const found = find("the 3rd Meeting of the Mekong Working Group on Water was held");
    expect(found).toContainEqual(["Meeting", "3rd Meeting of the Mekong Working Group on Water"]);
    expect(found).toContainEqual(["Organisation", "Mekong Working Group on Water"]);
  });

  it("finds a meeting written in lower case by its owner and how often it is held, and not a bare 'the meeting'", () => {
    expect(find("Speaking at the ministry’s annual conference, she said so.")).toContainEqual(["Meeting", "the ministry’s annual conference"]);
    expect(find("The meeting ended. It was an informal meeting.").filter(([kind]) => kind === "Meeting")).toEqual([]);
  });

  it("finds a city the lexicon knows in any script, as written", () => {
    expect(find("The talks took place in Vientiane.")).toContainEqual(["Place", "Vientiane"]);
    expect(find("การประชุมจัดขึ้นที่เวียงจันทน์", "th")).toContainEqual(["Place", "เวียงจันทน์"]);
  });

  it("joins a name split by an acronym in parentheses", () => {
    expect(find("They reviewed the Mekong River Commission (MRC) Strategic Plan in full.")).toContainEqual(["Framework", "Mekong River Commission (MRC) Strategic Plan"]);
  });

  it("prefers the graph's own name when it is longer than a rule's", () => {
    const gazetteer = [{ id: "org:aaaaaaaa", kind: "Organisation" as const, name: "Friends of the Mekong Institute", aliases: [] }];
    expect(findMentions("Friends of the Mekong Institute said so.", segmentWords("x", "en"), gazetteer).length).toBeGreaterThan(0);
  });
});
