import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions.js";
import { segmentSentences, segmentWords } from "./segment.js";
import { groupEntities } from "./short-forms.js";
import { extractFacts } from "./facts.js";
import { draftArticle } from "./draft-article.js";

function facts(text: string, lang = "en") {
  const entities = groupEntities(text, findMentions(text, segmentWords(text, lang), []));
  const name = (key: string) => entities.find((e) => e.key === key)!.name;
  return extractFacts(text, lang, segmentSentences(text, lang), entities).map((f) => ({
    type: f.type,
    subject: name(f.subjectKey),
    object: name(f.objectKey),
    role: f.role,
    title: f.title,
    mode: f.mode,
    evidence: f.sentence.text,
    reason: f.reason,
  }));
}

describe("extractFacts", () => {
  it("reads a led delegation, the office in apposition, where the meeting was held and where that is", () => {
    const text = "H.E. Maria SANTOS, Deputy Minister at the Ministry of Trade, led Malaysia’s delegation to the 5th Meeting of the Mekong Trade Council in Vientiane, Laos.";
    const found = facts(text);
    expect(found).toContainEqual(
      expect.objectContaining({ type: "PARTICIPATED_IN", subject: "Maria SANTOS", object: "5th Meeting of the Mekong Trade Council", role: "LED_DELEGATION" }),
    );
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
    expect(found).toContainEqual(
      expect.objectContaining({
        type: "LOCATED_IN",
        subject: "Songkhla",
        object: "Thailand",
        evidence: "The ministers met in the Thai province of Songkhla on Monday.",
        reason: expect.stringContaining("same sentence"),
      }),
    );
    expect(found.filter((f) => f.type === "LOCATED_IN")).toHaveLength(1);
  });

  it("gives a body whose name names one country to that country: a state body belongs to it, others lie in it", () => {
    const found = facts(
      "Thailand and Cambodia met. The Cambodian Mine Action Centre spoke. The Thailand Institute of Justice spoke. So did the Cambodia-Thailand Border Committee.",
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "BELONGS_TO", subject: "Cambodian Mine Action Centre", object: "Cambodia" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "LOCATED_IN", subject: "Thailand Institute of Justice", object: "Thailand" }));
    expect(found.filter((f) => f.subject === "Cambodia-Thailand Border Committee")).toEqual([]);
  });

  it("gives a body named after an international organisation to it, but not a state's department for it", () => {
    const found = facts(
      "The United Nations Human Rights Council met officials from the Department of ASEAN Affairs. The ASEAN Secretariat was there. ASEAN welcomed it, as did the United Nations.",
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "BELONGS_TO", subject: "United Nations Human Rights Council", object: "United Nations" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "BELONGS_TO", subject: "ASEAN Secretariat", object: "ASEAN" }));
    expect(found.filter((f) => f.subject === "Department of ASEAN Affairs")).toEqual([]);
  });

  it("places a head of state or government in the country before the office, or the only one the sentence names", () => {
    const found = facts(
      "In 2024, Cambodia received visits from King Norodom Sihamoni, Senate President Hun Sen and others.\nThai Prime Minister Srettha Thavisin met Cambodia’s Foreign Minister Sok Chenda Sophea.",
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "HOLDS_POSITION", subject: "Norodom Sihamoni", object: "Cambodia", title: "King" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "HOLDS_POSITION", subject: "Srettha Thavisin", object: "Thailand", title: "Prime Minister" }));
    expect(found.filter((f) => f.type === "HOLDS_POSITION" && (f.subject === "Hun Sen" || f.subject === "Sok Chenda Sophea"))).toEqual([]);
  });

  it("reads the body an office before a name belongs to, by its acronym or the only ministry of its portfolio", () => {
    const text = "The Ministry of Trade and Industry (MTI) met. Deputy Prime Minister and Trade Minister Lim Boon Heng spoke, while MTI Permanent Secretary Tan Ah Kow listened.";
    const found = facts(text);
    expect(found).toContainEqual(
      expect.objectContaining({ type: "HOLDS_POSITION", subject: "Lim Boon Heng", object: "Ministry of Trade and Industry", title: "Minister of Trade and Industry" }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ type: "HOLDS_POSITION", subject: "Tan Ah Kow", object: "Ministry of Trade and Industry", title: "Permanent Secretary" }),
    );
    const two = facts("The Ministry of Trade met the Ministry of Trade and Industry. Trade Minister Lim Boon Heng spoke.");
    expect(two.filter((f) => f.type === "HOLDS_POSITION")).toEqual([]);
  });

  it("gives a state body to the one country its officials serve", () => {
    const found = facts("H.E. Maria SANTOS, Deputy Minister at the Ministry of Trade, led Malaysia’s delegation to the 5th Mekong Summit.");
    expect(found).toContainEqual(expect.objectContaining({ type: "BELONGS_TO", subject: "Ministry of Trade", object: "Malaysia" }));
  });

  it("reads an office in the ministry a possessive country owns", () => {
    const found = facts("Myanmar sent Malar Than Htike, the permanent secretary of Myanmar’s Foreign Ministry, to the retreat.");
    expect(found).toContainEqual(expect.objectContaining({ type: "HOLDS_POSITION", subject: "Malar Than Htike", object: "Foreign Ministry", title: "Permanent Secretary" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "BELONGS_TO", subject: "Foreign Ministry", object: "Myanmar" }));
  });

  it("gives a lower-case meeting to the one body its possessive names", () => {
    const found = facts("The Ministry of Trade opened the ministry’s annual conference on Monday.");
    expect(found).toContainEqual(expect.objectContaining({ type: "MEETING_OF", subject: "Ministry’s annual conference", object: "Ministry of Trade" }));
  });

  it("takes the country a meeting was held in for its host, unless it was held at a secretariat", () => {
    const found = facts("The 5th Mekong Summit was held in Hoi An, Vietnam, on Monday.");
    expect(found).toContainEqual(expect.objectContaining({ type: "PARTICIPATED_IN", role: "HOSTED", subject: "Vietnam", object: "5th Mekong Summit" }));
    const atSecretariat = facts("The 5th Mekong Summit was held at the ASEAN Secretariat in Jakarta, Indonesia.");
    expect(atSecretariat).toContainEqual(expect.objectContaining({ type: "HELD_IN", object: "Jakarta" }));
    expect(atSecretariat.filter((f) => f.role === "HOSTED")).toEqual([]);
  });

  it("makes the country near 'other ASEAN member states' a member, if the lexicon lists it", () => {
    const found = facts("The Kingdom will cooperate with other ASEAN member states, said a senior Cambodian official.");
    expect(found).toContainEqual(expect.objectContaining({ type: "MEMBER_OF", subject: "Cambodia", object: "ASEAN" }));
    expect(facts("Japan will work with other ASEAN member states.").filter((f) => f.type === "MEMBER_OF")).toEqual([]);
  });

  it("reads a country chairing a body, with the office before or after the body's name", () => {
    expect(facts("Initiatives led by Laos, the ASEAN Chair for 2024, were welcomed.")).toContainEqual(
      expect.objectContaining({ type: "CHAIRS", subject: "Laos", object: "ASEAN" }),
    );
    expect(facts("Cambodia’s role as ASEAN chair means much.")).toContainEqual(expect.objectContaining({ type: "CHAIRS", subject: "Cambodia", object: "ASEAN" }));
    expect(facts("ไทยในฐานะประธานอาเซียนได้กล่าว", "th")).toContainEqual(expect.objectContaining({ type: "CHAIRS", subject: "Thailand", object: "ASEAN" }));
    expect(facts("Laos and ASEAN met.").filter((f) => f.type === "CHAIRS")).toEqual([]);
  });

  it("reads hosting a body, by its two-word acronym too, as hosting the one meeting named after it", () => {
    const text = "Officials met at a meeting of the Mekong Senior Officials Working Group (MSO WG) on Monday. Cambodia was able to host the MSO WG after two years.";
    expect(facts(text)).toContainEqual(
      expect.objectContaining({ type: "PARTICIPATED_IN", role: "HOSTED", subject: "Cambodia", object: "Meeting of the Mekong Senior Officials Working Group (MSO WG)" }),
    );
  });

  it("reads sending a representative to a meeting as attending it", () => {
    expect(facts("Myanmar sent a representative to the 3rd Mekong Summit, in the person of its envoy.")).toContainEqual(
      expect.objectContaining({ type: "PARTICIPATED_IN", role: "ATTENDED", subject: "Myanmar", object: "3rd Mekong Summit" }),
    );
  });

  it("takes a delegation's country as what attended, not a body named alongside it", () => {
    const found = facts("The 3rd Mekong Summit opened. The Cambodian delegation, alongside other ASEAN representatives, participated in the 3rd Mekong Summit.");
    expect(found).toContainEqual(expect.objectContaining({ type: "PARTICIPATED_IN", role: "ATTENDED", subject: "Cambodia", object: "3rd Mekong Summit" }));
    expect(found.filter((f) => f.role === "ATTENDED" && f.subject === "ASEAN")).toEqual([]);
  });

  it("reads working with a partner named right after the words, and a partner that opens the clause", () => {
    const found = facts("The Ministry of Trade will coordinate with the United Nations on aid.\nWith Vietnam, Cambodia continued to foster collaboration on border management.");
    expect(found).toContainEqual(expect.objectContaining({ type: "COOPERATES_WITH", subject: "Ministry of Trade", object: "United Nations" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "COOPERATES_WITH", subject: "Cambodia", object: "Vietnam" }));
    expect(facts("With Vietnam, Cambodia signed nothing.").filter((f) => f.type === "COOPERATES_WITH")).toEqual([]);
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

describe("speakers at the meeting the article is about", () => {
  const text =
    "The 5th Meeting of the Mekong Trade Council opened in Vientiane. The 5th Meeting of the Mekong Trade Council was attended by ten states. The Executive Director of the AHA Centre provided insights into the importance of regional stability.";

  it("places an official who gave insights at the article's meeting when the sentence names none, as an inference, and their body with them", () => {
    const found = facts(text);
    expect(found).toContainEqual(
      expect.objectContaining({ type: "PARTICIPATED_IN", subject: "The Executive Director of the AHA Centre", object: "5th Meeting of the Mekong Trade Council", role: "SPOKE" }),
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "PARTICIPATED_IN", subject: "AHA Centre", object: "5th Meeting of the Mekong Trade Council", role: "ATTENDED" }));
    const draft = draftArticle({ text, language: "en", title: "t" }, []).annotation;
    expect(draft.facts.filter((f) => f.type === "PARTICIPATED_IN" && f.evidence[0]!.inferred)).toHaveLength(2);
  });

  it("does not place someone the article merely quotes, nor a speaker whose part the article states", () => {
    expect(
      facts("The 5th Meeting of the Mekong Trade Council opened. The 5th Meeting of the Mekong Trade Council closed. H.E. Maria SANTOS said prices rose.").filter(
        (f) => f.subject === "Maria SANTOS" && f.type === "PARTICIPATED_IN",
      ),
    ).toEqual([]);
    const led = facts("H.E. Maria SANTOS led Malaysia’s delegation to the 5th Meeting of the Mekong Trade Council. Maria SANTOS contributed to the discussions.");
    expect(led.filter((f) => f.subject === "Maria SANTOS" && f.type === "PARTICIPATED_IN").map((f) => f.role)).toEqual(["LED_DELEGATION"]);
  });
});

describe("meetings in sequence and frameworks within frameworks", () => {
  it("reads the later meeting as following the one a sentence opens with", () => {
    const found = facts("Following the 5th Meeting of the Mekong Trade Council, the ministers attended the 2nd Meeting of the Mekong Energy Forum.");
    expect(found).toContainEqual(
      expect.objectContaining({ type: "FOLLOWS", subject: "2nd Meeting of the Mekong Energy Forum", object: "5th Meeting of the Mekong Trade Council" }),
    );
    expect(facts("The 5th Meeting of the Mekong Trade Council and the 2nd Meeting of the Mekong Energy Forum met.").filter((f) => f.type === "FOLLOWS")).toEqual([]);
  });

  it("reads a framework that is a component of a larger one", () => {
    const found = facts("The ministers drafted the Mekong Trade Strategic Plan, a core component of the Mekong Community Vision 2040.");
    expect(found).toContainEqual(expect.objectContaining({ type: "PART_OF", subject: "Mekong Trade Strategic Plan", object: "Mekong Community Vision 2040" }));
    expect(facts("The Mekong Trade Strategic Plan and the Mekong Community Vision 2040 were discussed.").filter((f) => f.type === "PART_OF")).toEqual([]);
  });
});

describe("where the article's meeting was held", () => {
  it("reads participants meeting in a place as the article's meeting held there, as an inference", () => {
    const text =
      "The 5th Meeting of the Mekong Trade Council opened on Monday. The 5th Meeting of the Mekong Trade Council closed on Tuesday. Cambodia will keep working, an official said as counterparts meet in Vientiane to discuss trade.";
    expect(facts(text)).toContainEqual(expect.objectContaining({ type: "HELD_IN", subject: "5th Meeting of the Mekong Trade Council", object: "Vientiane" }));
    expect(draftArticle({ text, language: "en", title: "t" }, []).annotation.facts.find((f) => f.type === "HELD_IN")!.evidence[0]).toMatchObject({ inferred: true });
    expect(
      facts("The 5th Meeting of the Mekong Trade Council opened. The 5th Meeting of the Mekong Trade Council closed. He lives in Vientiane.").filter((f) => f.type === "HELD_IN"),
    ).toEqual([]);
  });
});

describe("which meeting 'the consultation' means", () => {
  it("takes the one meeting named by the word when the main meeting is not, and the main meeting for 'the meeting'", () => {
    const text =
      "H.E. Maria SANTOS led Malaysia’s delegation to the 5th Meeting of the Mekong Trade Council. The 5th Meeting of the Mekong Trade Council opened. Following the 5th Meeting of the Mekong Trade Council, the ministers attended a Regional Consultation. The consultation reviewed the Mekong Trade Strategic Plan. The meeting reviewed the Mekong Energy Strategic Plan.";
    const found = facts(text).filter((f) => f.type === "DISCUSSES");
    expect(found).toContainEqual(expect.objectContaining({ subject: "Regional Consultation", object: "Mekong Trade Strategic Plan" }));
    expect(found).toContainEqual(expect.objectContaining({ subject: "5th Meeting of the Mekong Trade Council", object: "Mekong Energy Strategic Plan" }));
    expect(found.filter((f) => f.subject === "5th Meeting of the Mekong Trade Council" && f.object === "Mekong Trade Strategic Plan")).toEqual([]);
  });
});
