import { describe, expect, it } from "vitest";
import { draftArticle } from "./draft-article.js";

function drafted(text: string, language = "en") {
  const { annotation } = draftArticle({ text, language, title: "t" }, []);
  const name = (id: string) => annotation.entities.find((e) => e.id === id)!.name;
  return {
    topics: annotation.entities.filter((e) => e.kind === "Topic").map((e) => e.name),
    discusses: annotation.facts.filter((f) => f.type === "DISCUSSES").map((f) => ({ subject: name(f.subject), object: name(f.object), mode: (f as { mode?: string }).mode })),
  };
}

describe("topics a meeting takes up", () => {
  it("reads a lexicon topic after words that make it the matter at hand, for the meeting the article is about", () => {
    const out = drafted("The 5th Meeting of the Mekong Trade Council opened on Monday. The minister stressed the importance of disaster preparedness and response in the region.");
    expect(out.topics).toEqual(["Disaster preparedness and response"]);
    expect(out.discusses).toEqual([{ subject: "5th Meeting of the Mekong Trade Council", object: "Disaster preparedness and response", mode: "DISCUSSED" }]);
  });

  it("reads a crisis in a named country as a topic, and keeps the country", () => {
    const { annotation } = draftArticle(
      {
        text: "The 5th Meeting of the Mekong Trade Council met. The ministers said the plan remains the reference to address the political crisis in Myanmar.",
        language: "en",
        title: "t",
      },
      [],
    );
    expect(annotation.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Political crisis in Myanmar", "Myanmar"]));
  });

  it("takes every topic in a sentence that says a meeting reviewed or discussed it", () => {
    const out = drafted("The 5th Meeting of the Mekong Trade Council reviewed maritime security and transnational crime.");
    expect(out.discusses.map((d) => [d.object, d.mode])).toEqual([
      ["Maritime security", "REVIEWED"],
      ["Transnational crime", "REVIEWED"],
    ]);
  });

  it("reads topics in Vietnamese and Indonesian after their cue words", () => {
    expect(drafted("The 5th Meeting of the Mekong Trade Council. Các bộ trưởng đã thảo luận về biến đổi khí hậu.", "vi").topics).toEqual(["Climate change"]);
    expect(drafted("The 5th Meeting of the Mekong Trade Council. Para menteri membahas perubahan iklim.", "id").topics).toEqual(["Climate change"]);
  });

  it("drafts no topic named only in passing, and none without a meeting", () => {
    expect(drafted("The 5th Meeting of the Mekong Trade Council met. He noted rising prices and the risks of climate change.").topics).toEqual([]);
    expect(drafted("Officials discussed maritime security on Monday.").topics).toEqual([]);
  });
});
