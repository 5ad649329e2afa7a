import { describe, expect, it } from "vitest";
import { applyDecisions, initialDecisions, locateIssue, mentionSpans, parseAnnotation, type Annotation } from "./annotation-edit.js";

const annotation = (): Annotation => ({
  formatVersion: 1,
  article: { id: "article:abcdefgh", title: "T", text: "Sok Chenda Sophea met Kung Phoak. Sophea spoke.", publisher: "org:pubpubpub" },
  entities: [
    { id: "official:aaaaaaaa", kind: "Official", name: "Sok Chenda Sophea", mentions: ["Sok Chenda Sophea", "Sophea"] },
    { id: "official:bbbbbbbb", kind: "Official", name: "Kung Phoak", mentions: ["Kung Phoak"] },
    { id: "org:pubpubpub", kind: "Organisation", name: "Post", orgKind: "MEDIA" },
  ],
  facts: [
    { type: "COOPERATES_WITH", subject: "official:aaaaaaaa", object: "official:bbbbbbbb", evidence: [{ quote: "Sok Chenda Sophea met Kung Phoak." }] },
    { type: "VISITED", subject: "official:bbbbbbbb", object: "country:KHM", evidence: [{ quote: "Sophea spoke." }] },
  ],
});

describe("the review page's decisions", () => {
  it("sends the annotation unchanged when everything is accepted", () => {
    const a = annotation();
    expect(applyDecisions(a, initialDecisions(a)).annotation).toEqual(a);
  });

  it("drops a rejected entity with every fact that uses it, and says which facts went", () => {
    const a = annotation();
    const d = initialDecisions(a);
    d.entities[1]!.accepted = false;
    const edited = applyDecisions(a, d);
    expect(edited.annotation.entities.map((e) => e.id)).toEqual(["official:aaaaaaaa", "org:pubpubpub"]);
    expect(edited.annotation.facts).toEqual([]);
    expect(edited.orphaned).toEqual([0, 1]);
  });

  it("links an entity to an existing one everywhere its id is used, publisher included", () => {
    const a = annotation();
    const d = initialDecisions(a);
    d.entities[2]!.linkTo = "org:existing1";
    d.entities[0]!.linkTo = "official:s47nxbs4rl";
    const edited = applyDecisions(a, d).annotation;
    expect(edited.article.publisher).toBe("org:existing1");
    expect(edited.entities.map((e) => e.id)).toEqual(["official:s47nxbs4rl", "official:bbbbbbbb", "org:existing1"]);
    expect(edited.facts[0]?.subject).toBe("official:s47nxbs4rl");
  });

  it("uses edited names and quotes, and maps the server's problems back to the original items", () => {
    const a = annotation();
    const d = initialDecisions(a);
    d.facts[0]!.accepted = false;
    d.facts[1]!.quotes[0] = "Sophea spoke.";
    d.entities[1]!.name = "  Kung Phoak (adviser) ";
    const edited = applyDecisions(a, d);
    expect(edited.annotation.entities[1]?.name).toBe("Kung Phoak (adviser)");
    expect(locateIssue("facts[0].evidence[0].quote", edited)).toEqual({ fact: 1 });
    expect(locateIssue("annotation.entities[2].name", edited)).toEqual({ entity: 2 });
    expect(locateIssue("article.text", edited)).toEqual({});
  });

  it("finds mentions longest first, without overlaps", () => {
    const a = annotation();
    const spans = mentionSpans(a.article.text, a.entities);
    expect(spans.map((s) => a.article.text.slice(s.start, s.end))).toEqual(["Sok Chenda Sophea", "Kung Phoak", "Sophea"]);
    expect(spans.map((s) => s.entity)).toEqual([0, 1, 0]);
  });

  it("explains text that is not an annotation", () => {
    expect(() => parseAnnotation("{nope")).toThrow(/not JSON/);
    expect(() => parseAnnotation(`{"article": {}}`)).toThrow(/not an annotation/);
  });
});
