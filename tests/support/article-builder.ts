import type { AnnotationInput } from "../../src/domain/annotation/annotation.schema.js";
import type { TestHelper } from "./test-helper.js";

type Entity = AnnotationInput["entities"][number];
type Fact = AnnotationInput["facts"][number];

/**
 * Builds an annotation a test owns: its ids carry the helper's token, and every sentence
 * given becomes part of the text, so evidence quotes always occur in it.
 */
export class ArticleBuilder {
  readonly id: string;
  private readonly sentences: string[] = [];
  private readonly entities = new Map<string, Entity>();
  private readonly facts: Fact[] = [];

  constructor(
    helper: TestHelper,
    readonly title = "A test article",
  ) {
    this.id = helper.id("article");
  }

  entity(entity: Entity): this {
    this.entities.set(entity.id, entity);
    return this;
  }

  /** A fact stated by `sentence`, which joins the text. Endpoints must be declared with `entity`. */
  fact(fact: Omit<Fact, "evidence">, sentence: string): this {
    if (!this.sentences.includes(sentence)) this.sentences.push(sentence);
    this.facts.push({ ...fact, evidence: [{ quote: sentence }] } as Fact);
    return this;
  }

  build(): AnnotationInput {
    return {
      formatVersion: 1,
      article: { id: this.id, title: this.title, language: "en", text: this.sentences.join(" ") || "Nothing happened." },
      entities: [...this.entities.values()],
      facts: this.facts,
    } as AnnotationInput;
  }
}

export const official = (id: string, name: string): Entity => ({ id, kind: "Official", name }) as Entity;
export const organisation = (id: string, name: string): Entity => ({ id, kind: "Organisation", name, orgKind: "MINISTRY" }) as Entity;
export const meeting = (id: string, name: string, start?: string): Entity => ({ id, kind: "Meeting", name, ...(start ? { start: { value: start } } : {}) }) as Entity;
