import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.js";
import { checkId, checkOptionalId } from "./ids.js";

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("checkId", () => {
  it("accepts an id with the prefix of the kind asked for", () => {
    expect(checkId("country:KHM", "Country", "country")).toBe("country:KHM");
    expect(checkId("org:abc", "entity", "from")).toBe("org:abc");
    expect(checkId("article:abc", "Article", "article")).toBe("article:abc");
  });

  it("refuses a wrong or unknown prefix as BAD_USER_INPUT naming the argument", () => {
    const error = failure(() => checkId("nonsense", "Country", "country"));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toBe(`"country" takes an id starting "country:"; got "nonsense".`);
    expect(error.details).toMatchObject({ argument: "country" });
    expect(failure(() => checkId("article:abc", "entity", "to")).message).toMatch(/"to" takes an entity id/);
  });

  it("takes a topic id wherever any entity may be named, and only a topic id where a topic is asked for", () => {
    expect(checkId("topic:k3m9x2qa", "entity", "id")).toBe("topic:k3m9x2qa");
    expect(checkId("topic:k3m9x2qa", "Topic", "id")).toBe("topic:k3m9x2qa");
    expect(failure(() => checkId("framework:k3m9x2qa", "Topic", "id")).message).toBe(`"id" takes an id starting "topic:"; got "framework:k3m9x2qa".`);
    expect(failure(() => checkId("article:abc", "entity", "id")).message).toBe(
      `"id" takes an entity id (official:, org:, country:, place:, meeting:, framework:, topic:); got "article:abc".`,
    );
  });

  it("leaves an absent optional id absent", () => {
    expect(checkOptionalId(null, "Country", "country")).toBeUndefined();
    expect(checkOptionalId(undefined, "Country", "country")).toBeUndefined();
    expect(() => checkOptionalId("org:x", "Country", "country")).toThrow(/"country" takes/);
  });
});
