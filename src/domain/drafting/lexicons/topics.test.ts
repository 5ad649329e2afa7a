import { describe, expect, it } from "vitest";
import { countryCrises, topicForms, TOPICS } from "./topics.js";

describe("topics lexicon", () => {
  it("names each topic in English first and gives forms in every language it reads", () => {
    const border = TOPICS.find((t) => t.name === "Border demarcation")!;
    expect(border.forms).toContain("border issues");
    expect(border.forms).toContain("ปัญหาเขตแดน");
    expect(border.forms).toContain("បញ្ហាព្រំដែន");
    expect(border.forms).toContain("phân giới cắm mốc");
    expect(border.forms).toContain("sengketa perbatasan");
  });

  it("lists forms longest first, lower-cased, so the longer name wins", () => {
    const forms = topicForms().map(([f]) => f);
    expect(forms.indexOf("disaster preparedness and response")).toBeLessThan(forms.indexOf("disaster preparedness"));
    expect(forms).toContain("south china sea disputes");
  });

  it("keeps bare words out: trade or security alone names no topic", () => {
    const forms = topicForms().map(([f]) => f);
    expect(forms).not.toContain("trade");
    expect(forms).not.toContain("security");
  });

  it("reads a crisis in a named country, before or after the name", () => {
    expect(countryCrises("to address the political crisis in Myanmar, with")).toEqual([{ start: 15, end: 42, name: "Political crisis in Myanmar" }]);
    expect(countryCrises("the Myanmar crisis").map((c) => c.name)).toEqual(["Political crisis in Myanmar"]);
    expect(countryCrises("giải quyết khủng hoảng ở Myanmar").map((c) => c.name)).toEqual(["Political crisis in Myanmar"]);
    expect(countryCrises("Myanmar and Thailand met")).toEqual([]);
  });
});
