import { Field, ObjectType } from "type-graphql";

@ObjectType("Mention", { description: "An article's reference to an entity, with the names it used." })
export class Mention {
  @Field(() => [String], { description: 'The forms of the name the article used, word for word (e.g. a short name such as "Sophea").' })
  forms!: string[];

  @Field(() => [String], { description: "Sentences stating the entity's own attributes (dates, ordinal, theme)." })
  quotes!: string[];
}

export interface MentionRow {
  articleId: string;
  entityId: string;
  forms: string[];
  quotes: string[];
}
