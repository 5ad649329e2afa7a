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
