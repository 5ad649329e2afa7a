import { describe, expect, it } from "vitest";
import { draftOperation, type FieldShape } from "./draft.js";

const nonNull = (name: string) => ({ kind: "NON_NULL", name: null, ofType: { kind: "SCALAR", name } });
const field = (args: FieldShape["args"], type: FieldShape["type"] = { kind: "NON_NULL", name: null, ofType: { kind: "OBJECT", name: "ArticleDraft" } }): FieldShape => ({
  name: "draftArticle",
  args,
  type,
});

describe("drafting from the review page", () => {
  it("sends the arguments the server takes that the page can fill, and asks for the annotation", () => {
    const op = draftOperation(
      field([
        { name: "text", type: nonNull("String") },
        { name: "language", type: nonNull("String") },
        { name: "title", type: nonNull("String") },
        { name: "published", type: { kind: "SCALAR", name: "LocalDate" } },
        { name: "publisher", type: { kind: "SCALAR", name: "String" } },
      ]),
    );
    expect(op?.args).toEqual(["text", "language", "title", "published"]);
    expect(op?.query).toBe(
      "query ReviewDraft($text: String!, $language: String!, $title: String!, $published: LocalDate) { draftArticle(text: $text, language: $language, title: $title, published: $published) { annotation } }",
    );
  });

  it("reads a JSON result as the annotation itself", () => {
    expect(draftOperation(field([{ name: "text", type: nonNull("String") }], { kind: "SCALAR", name: "JSON" }))?.query).toBe(
      "query ReviewDraft($text: String!) { draftArticle(text: $text) }",
    );
  });

  it("offers no draft when there is no such field, no text argument, or a required argument the page cannot fill", () => {
    expect(draftOperation(undefined)).toBeNull();
    expect(draftOperation(field([{ name: "body", type: nonNull("String") }]))).toBeNull();
    expect(
      draftOperation(
        field([
          { name: "text", type: nonNull("String") },
          { name: "source", type: nonNull("ID") },
        ]),
      ),
    ).toBeNull();
  });
});
