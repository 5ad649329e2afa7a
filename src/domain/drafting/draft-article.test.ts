import { describe, expect, it } from "vitest";
import { validateAnnotation } from "../annotation/annotation.validate.js";
import { draftArticle } from "./draft-article.js";

const text = [
  "Minister visits Vientiane",
  "",
  "H.E. Maria SANTOS, Deputy Minister at the Ministry of Trade, led Malaysia’s delegation to the 5th Meeting of the Mekong Trade Council (MTC) held from March 3 to 4 in Vientiane, Laos.",
  "",
  "The meeting reviewed the Mekong Water Strategy 2030. Santos said the MTC would meet again.",
].join("\n");

describe("draftArticle", () => {
  const input = { text, language: "en", title: "Minister visits Vientiane", url: "https://example.org/a", published: "2025-03-05", publisher: "Example News" };

  it("returns a draft the annotation validator accepts", () => {
    const draft = draftArticle(input, []);
    expect(() => validateAnnotation(draft.annotation, "draft")).not.toThrow();
  });

  it("reads the meeting's yearless dates with the article's year and keeps the stated words", () => {
    const meeting = draftArticle(input, []).annotation.entities.find((e) => e.kind === "Meeting");
    expect(meeting).toMatchObject({ ordinal: 5, start: { value: "2025-03-03", text: "March 3 to 4" }, end: { value: "2025-03-04" } });
  });

  it("gives every entity and fact a confidence and a reason", () => {
    const draft = draftArticle(input, []);
    expect(draft.entities.length).toBe(draft.annotation.entities.length - 1); // the publisher is declared, not found in the text
    for (const item of [...draft.entities, ...draft.facts]) {
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
    expect(draft.facts.every((f) => f.reason.length > 0)).toBe(true);
  });

  it("links to an existing entity by its unique full name, and gives the same draft twice", () => {
    const gazetteer = [{ id: "official:known0001", kind: "Official" as const, name: "Maria Santos", aliases: [] }];
    const a = draftArticle(input, gazetteer);
    expect(a.entities.find((e) => e.kind === "Official")).toMatchObject({ id: "official:known0001", linkedId: "official:known0001" });
    expect(draftArticle(input, gazetteer)).toEqual(a);
  });

  it("takes an outlet the article names by the end of the publisher's name for the publisher, named in full", () => {
    const text = "Sok Dara, a researcher, told The Post on Monday that the talks went well.";
    const draft = draftArticle({ text, language: "en", title: "t", publisher: "The Phnom Penh Post" }, []);
    const outlets = draft.annotation.entities.filter((e) => e.kind === "Organisation");
    expect(outlets).toHaveLength(1);
    expect(outlets[0]).toMatchObject({ name: "The Phnom Penh Post", aliases: [expect.objectContaining({ name: "Post", kind: "short" })] });
    expect(draft.annotation.article.publisher).toBe(outlets[0]!.id);
    expect(() => validateAnnotation(draft.annotation, "draft")).not.toThrow();
  });
});
