import { describe, expect, it } from "vitest";
import { checkArticleLimits } from "./article-limits.js";
import { AnnotationError } from "./annotation.validate.js";

const limits = { maxArticleBytes: 1_000, maxFacts: 3 };

describe("checkArticleLimits", () => {
  it("lets an annotation within both limits through", () => {
    expect(() => checkArticleLimits({ facts: [{}, {}, {}] }, limits, "a.json")).not.toThrow();
  });

  it("refuses too many facts, naming the field, the count and the limit", () => {
    const error = (() => {
      try {
        checkArticleLimits({ facts: [{}, {}, {}, {}] }, limits, "a.json");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AnnotationError);
    expect((error as AnnotationError).issues).toEqual([{ path: "facts", message: expect.stringMatching(/4 facts, over .* limit of 3 .*EDIT_MAX_FACTS/) }]);
  });

  it("refuses an annotation over the byte limit, counting UTF-8 bytes", () => {
    // 400 Thai characters are 1,200 bytes in UTF-8.
    expect(() => checkArticleLimits({ text: "ก".repeat(400) }, limits, "a.json")).toThrow(/over this server's limit of 1000 bytes/);
  });
});
