import { describe, expect, it } from "vitest";
import { AnnotationError, validateAnnotation } from "./annotation.validate.js";

/** A small Khmer article whose meeting is dated only by the Khmer text. */
function khmerAnnotation(startText: string, value?: string) {
  return {
    formatVersion: 1,
    article: {
      id: "article:khmerdate01",
      title: "កិច្ចប្រជុំ",
      language: "km",
      text: `កិច្ចប្រជុំនេះបានធ្វើឡើងនៅ${startText} នៅរាជធានីភ្នំពេញ។`,
    },
    entities: [
      {
        id: "meeting:khmerdate01",
        kind: "Meeting",
        name: "Khmer test meeting",
        start: { text: startText, ...(value ? { value } : {}) },
        evidence: [{ quote: "កិច្ចប្រជុំនេះបានធ្វើឡើង" }],
      },
    ],
    facts: [],
  };
}

describe("validateAnnotation with Khmer dates", () => {
  it("reads a Khmer stated date as it reads a Thai one", () => {
    const article = validateAnnotation(khmerAnnotation("ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤"), "khmer.json");
    const meeting = article.entities.find((e) => e.id === "meeting:khmerdate01");
    expect(meeting?.props).toMatchObject({ startValue: "2024-11-20", startPrecision: "DAY", startText: "ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤" });
  });

  it("reports a value that disagrees with the Khmer text", () => {
    expect(() => validateAnnotation(khmerAnnotation("ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤", "2024-11-21"), "khmer.json")).toThrow(/reads as 2024-11-20/);
  });

  it("asks for a value where a Buddhist-era day cannot be placed", () => {
    expect(() => validateAnnotation(khmerAnnotation("ថ្ងៃទី១០ ខែឧសភា ព.ស. ២៥៦៨"), "khmer.json")).toThrow(AnnotationError);
    expect(validateAnnotation(khmerAnnotation("ថ្ងៃទី១០ ខែឧសភា ព.ស. ២៥៦៨", "2025-05-10"), "khmer.json").entities[0]?.props).toMatchObject({ startValue: "2025-05-10" });
  });
});

describe("several terms of one office", () => {
  const text = "Prak Sokhonn previously held the post from 2016 to 2023. He became foreign minister again on 20 November 2024. He was appointed in 2016.";
  const base = (facts: unknown[]) => ({
    formatVersion: 1,
    article: { id: "article:termstest01", title: "Terms", language: "en", published: { value: "2025-01-10" }, text },
    entities: [
      { id: "official:termstest01", kind: "Official", name: "Prak Sokhonn" },
      { id: "org:termstest01", kind: "Organisation", name: "Ministry of Foreign Affairs", orgKind: "MINISTRY" },
    ],
    facts,
  });
  const office = (over: Record<string, unknown>, quote: string, evidence: Record<string, unknown> = {}) => ({
    type: "HOLDS_POSITION",
    subject: "official:termstest01",
    object: "org:termstest01",
    title: "Minister of Foreign Affairs",
    evidence: [{ quote, ...evidence }],
    ...over,
  });
  const first = office({ from: { text: "2016" }, until: { text: "2023" } }, "Prak Sokhonn previously held the post from 2016 to 2023.", { past: true });

  it("refuses two terms stated as one fact, instead of a fact that ends before it starts", () => {
    const untilOnly = office({ until: { text: "2023" } }, "Prak Sokhonn previously held the post from 2016 to 2023.");
    const again = office({ from: { text: "20 November 2024" } }, "He became foreign minister again on 20 November 2024.");
    expect(() => validateAnnotation(base([untilOnly, again]), "terms.json")).toThrow(/ends \(2023\) before it starts \(2024-11-20\).*term: 2/);
  });

  it("refuses two start dates that cannot be one term", () => {
    const again = office({ from: { text: "20 November 2024" } }, "He became foreign minister again on 20 November 2024.");
    expect(() => validateAnnotation(base([first, again]), "terms.json")).toThrow(/from 2024-11-20, which disagrees with its 2016.*term: 2/);
  });

  it("keeps each term as its own fact with its own evidence and dates", () => {
    const again = office({ term: 2, from: { text: "20 November 2024" } }, "He became foreign minister again on 20 November 2024.");
    const { facts } = validateAnnotation(base([first, again]), "terms.json");
    expect(facts).toHaveLength(2);
    expect(facts[0]?.id).not.toBe(facts[1]?.id);
    expect(facts[0]?.data).toMatchObject({ fromValue: "2016", untilValue: "2023" });
    expect(facts[1]?.data).toMatchObject({ fromValue: "2024-11-20", untilValue: null });
    expect(facts[1]?.identity).toMatchObject({ term: 2 });
    expect(facts[0]?.identity).toMatchObject({ term: null });
  });

  it("merges one term stated twice, keeping the more precise date and each sentence's own statement", () => {
    const precise = office({ from: { value: "2016-04", inferred: true, note: "The month comes from the decree." } }, "He was appointed in 2016.");
    const { facts } = validateAnnotation(base([first, precise]), "terms.json");
    expect(facts).toHaveLength(1);
    expect(facts[0]?.evidence).toHaveLength(2);
    expect(facts[0]?.data).toMatchObject({ fromValue: "2016-04", untilValue: "2023" });
    expect(facts[0]?.evidence.map((e) => e.props.statedFromValue)).toEqual(["2016", "2016-04"]);
  });

  it("counts a present-tense sentence as a sighting on the publication day, a past-tense one not", () => {
    const again = office({ term: 2, from: { text: "20 November 2024" } }, "He became foreign minister again on 20 November 2024.");
    const { facts } = validateAnnotation(base([first, again]), "terms.json");
    expect(facts[0]?.evidence[0]?.props).toMatchObject({ past: true, asOfValue: null, statedFromValue: "2016", statedUntilValue: "2023" });
    expect(facts[1]?.evidence[0]?.props).toMatchObject({ past: false, asOfValue: "2025-01-10", statedFromValue: "2024-11-20" });
  });
});

describe("qualifiers on facts", () => {
  const text = "The blueprint was 99 percent implemented. Myanmar came for the first time since mid-2021.";
  const annotation = (qualifier: Record<string, unknown>) => ({
    formatVersion: 1,
    article: { id: "article:qualtest01", title: "Qualifiers", language: "en", text },
    entities: [
      { id: "meeting:qualtest01", kind: "Meeting", name: "A review" },
      { id: "framework:qualtest01", kind: "Framework", name: "A blueprint", frameworkKind: "BLUEPRINT" },
    ],
    facts: [
      {
        type: "DISCUSSES",
        subject: "meeting:qualtest01",
        object: "framework:qualtest01",
        mode: "REVIEWED",
        evidence: [{ quote: "The blueprint was 99 percent implemented." }],
        qualifiers: [qualifier],
      },
    ],
  });

  it("keeps a quantity with its unit and its own sentence", () => {
    const { facts } = validateAnnotation(
      annotation({ property: "PROGRESS", quantity: { amount: 99, unit: "percent" }, evidence: { quote: "The blueprint was 99 percent implemented." } }),
      "q.json",
    );
    expect(facts[0]?.qualifiers).toHaveLength(1);
    expect(facts[0]?.qualifiers[0]?.props).toMatchObject({
      property: "PROGRESS",
      valueType: "QUANTITY",
      amount: 99,
      unit: "percent",
      quote: "The blueprint was 99 percent implemented.",
    });
  });

  it("reads a point in time as precisely as stated, keeping the words", () => {
    const { facts } = validateAnnotation(
      annotation({
        property: "FIRST_SINCE",
        time: { value: "2021", text: "mid-2021", note: "No month is named." },
        evidence: { quote: "Myanmar came for the first time since mid-2021." },
      }),
      "q.json",
    );
    expect(facts[0]?.qualifiers[0]?.props).toMatchObject({ valueType: "TIME", timeValue: "2021", timePrecision: "YEAR", timeText: "mid-2021" });
  });

  it("refuses a value of the wrong type, two values, or a quote not in the text", () => {
    expect(() => validateAnnotation(annotation({ property: "PROGRESS", text: "most", evidence: { quote: "The blueprint was 99 percent implemented." } }), "q.json")).toThrow(
      /PROGRESS takes a quantity value, not a text/,
    );
    expect(() =>
      validateAnnotation(annotation({ property: "PROGRESS", quantity: { amount: 1 }, text: "x", evidence: { quote: "The blueprint was 99 percent implemented." } }), "q.json"),
    ).toThrow(/exactly one/);
    expect(() => validateAnnotation(annotation({ property: "COUNT", quantity: { amount: 3 }, evidence: { quote: "Never said." } }), "q.json")).toThrow(
      /qualifiers\[0\]\.evidence\.quote/,
    );
  });
});

describe("topics", () => {
  const text = "The meeting discussed the South China Sea. The meeting adopted the ASEAN Vision. Cambodia and Thailand spoke of border demarcation.";
  const annotation = (facts: unknown[]) => ({
    formatVersion: 1,
    article: { id: "article:topictest01", title: "Topics", language: "en", published: { value: "2025-01-10" }, text },
    entities: [
      { id: "meeting:topictest01", kind: "Meeting", name: "Test meeting" },
      { id: "topic:topictest01", kind: "Topic", name: "South China Sea", description: "The maritime and territorial disputes in the South China Sea." },
      { id: "framework:topictest01", kind: "Framework", name: "ASEAN Vision", frameworkKind: "VISION" },
      { id: "country:KHM", kind: "Country", name: "Cambodia" },
    ],
    facts,
  });
  const discusses = {
    type: "DISCUSSES",
    subject: "meeting:topictest01",
    object: "topic:topictest01",
    mode: "DISCUSSED",
    evidence: [{ quote: "The meeting discussed the South China Sea." }],
  };

  it("takes a topic as what a meeting discusses, keeping its description", () => {
    const article = validateAnnotation(annotation([discusses]), "topics.json");
    expect(article.entities.find((e) => e.id === "topic:topictest01")).toMatchObject({
      kind: "Topic",
      props: { name: "South China Sea", description: "The maritime and territorial disputes in the South China Sea." },
    });
    expect(article.facts).toHaveLength(1);
  });

  it("refuses a topic where only a framework may stand, naming the field and the kinds it takes", () => {
    const adopted = { type: "ADOPTED", subject: "meeting:topictest01", object: "topic:topictest01", evidence: [{ quote: "The meeting adopted the ASEAN Vision." }] };
    expect(() => validateAnnotation(annotation([adopted]), "topics.json")).toThrow(
      /facts\[0\]\.object: ADOPTED takes a Framework as its object, but topic:topictest01 \(South China Sea\) is a Topic/,
    );
  });

  it("refuses a topic where only an official may stand", () => {
    const visited = { type: "VISITED", subject: "topic:topictest01", object: "country:KHM", evidence: [{ quote: "Cambodia and Thailand spoke of border demarcation." }] };
    expect(() => validateAnnotation(annotation([visited]), "topics.json")).toThrow(
      /facts\[0\]\.subject: VISITED takes an Official as its subject, but topic:topictest01 \(South China Sea\) is a Topic/,
    );
  });

  it("refuses a topic declared with another kind's prefix, and a topic: id of another kind", () => {
    const entities = annotation([]).entities;
    const misdeclared = { ...annotation([]), entities: [...entities.slice(0, 1), { id: "framework:topictest02", kind: "Topic", name: "Border demarcation" }] };
    expect(() => validateAnnotation(misdeclared, "topics.json")).toThrow(/framework:topictest02 has the prefix of a Framework, but kind is Topic/);
    const mislabelled = {
      ...annotation([]),
      entities: [...entities.slice(0, 1), { id: "topic:topictest02", kind: "Framework", name: "Border demarcation", frameworkKind: "OTHER" }],
    };
    expect(() => validateAnnotation(mislabelled, "topics.json")).toThrow(/topic:topictest02 has the prefix of a Topic, but kind is Framework/);
  });
});
