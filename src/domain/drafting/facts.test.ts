import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions.js";
import { segmentSentences, segmentWords } from "./segment.js";
import { groupEntities } from "./short-forms.js";
import { extractFacts } from "./facts.js";
import { draftArticle } from "./draft-article.js";

function facts(text: string, lang = "en") {
  const entities = groupEntities(text, findMentions(text, segmentWords(text, lang), []));
  const name = (key: string) => entities.find((e) => e.key === key)!.name;
  return extractFacts(text, lang, segmentSentences(text, lang), entities).map((f) => ({ type: f.type, subject: name(f.subjectKey), object: name(f.objectKey), role: f.role, title: f.title, mode: f.mode, evidence: f.sentence.text, reason: f.reason }));
}

describe("extractFacts", () => {
  it("reads a led delegation, the office in apposition, where the meeting was held and where that is", () => {
    const text = "H.E. Maria SANTOS, Deputy Minister at the Ministry of Trade, led Malaysia’s delegation to the 5th Meeting of the Mekong Trade Council in Vientiane, Laos.";
    const found = facts(text);
    expect(found).toContainEqual(expect.objectContaining({ type: "PARTICIPATED_IN", subject: "Maria SANTOS", object: "5th Meeting of the Mekong Trade Council", role: "LED_DELEGATION" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "HOLDS_POSITION", subject: "Maria SANTOS", object: "Ministry of Trade", title: "Deputy Minister" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "HELD_IN", object: "Vientiane" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "LOCATED_IN", subject: "Vientiane", object: "Laos" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "MEETING_OF", object: "Mekong Trade Council" }));
    for (const f of found) expect(text).toContain(f.evidence);
  });

  it("places a city the lexicon knows in its country when the sentence names both, as an inference", () => {
    const text = "The ministers met in the Thai province of Songkhla on Monday. Songkhla is far from Vientiane.";
    expect(draftArticle({ text, language: "en", title: "t" }, []).annotation.facts.find((f) => f.type === "LOCATED_IN")!.evidence[0]).toMatchObject({ inferred: true });
    const found = facts(text);
    expect(found).toContainEqual(expect.objectContaining({ type: "LOCATED_IN", subject: "Songkhla", object: "Thailand", evidence: "The ministers met in the Thai province of Songkhla on Monday.", reason: expect.stringContaining("same sentence") }));
    expect(found.filter((f) => f.type === "LOCATED_IN")).toHaveLength(1);
  });

  it("reads a review of a framework by the meeting the article is about", () => {
    const text = "The 5th Mekong Summit opened in Vientiane. The meeting reviewed the Mekong Water Strategy 2030.";
    expect(facts(text)).toContainEqual(expect.objectContaining({ type: "DISCUSSES", subject: "5th Mekong Summit", object: "Mekong Water Strategy 2030", mode: "REVIEWED" }));
  });

  it("reads a Thai delegation head and office", () => {
    const text = "นายสมชาย ใจดี อธิบดีกรมสารนิเทศ เป็นหัวหน้าคณะผู้แทนไทยเข้าร่วมการประชุมรัฐมนตรีเศรษฐกิจ ครั้งที่ ๕๖ ณ กรุงเวียงจันทน์";
    const found = facts(text, "th");
    expect(found).toContainEqual(expect.objectContaining({ type: "PARTICIPATED_IN", subject: "สมชาย ใจดี", role: "LED_DELEGATION" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "HOLDS_POSITION", subject: "สมชาย ใจดี", object: "กรมสารนิเทศ", title: "Director-General" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "HELD_IN", object: "กรุงเวียงจันทน์" }));
  });

  it("reads support for a framework, and two countries working together", () => {
    const text = "Malaysia remains committed to the Mekong Water Strategy 2030. Malaysia and Indonesia are working on a joint border survey.";
    const found = facts(text);
    expect(found).toContainEqual(expect.objectContaining({ type: "SUPPORTS", subject: "Malaysia", object: "Mekong Water Strategy 2030" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "COOPERATES_WITH", subject: "Malaysia", object: "Indonesia" }));
  });

  it("gives a framework both signatories joined by 'and'", () => {
    const found = facts("Laos and Vietnam signed the Mekong Water Strategy 2030 last week.").filter((f) => f.type === "ADOPTED");
    expect(found.map((f) => f.subject).sort()).toEqual(["Laos", "Vietnam"]);
  });

  it("proposes nothing from a sentence without a trigger", () => {
    expect(facts("Maria Santos and the Mekong Summit were in the news.").filter((f) => f.type === "PARTICIPATED_IN")).toEqual([]);
  });
});
