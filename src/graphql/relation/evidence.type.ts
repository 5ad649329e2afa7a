import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("Evidence", { description: "The sentence of an article that states a fact, word for word." })
export class Evidence {
  @Field(() => ID, { description: "Stable id of this piece of evidence." })
  id!: string;

  @Field(() => String, { description: "The sentence, word for word as it occurs in the article." })
  quote!: string;

  @Field(() => Boolean, { description: "True when the sentence implies the fact rather than stating it; `note` says how." })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: "Why an inferred fact follows from the sentence." })
  note!: string | null;

  @Field(() => Int, { description: "Where the quote starts in the article's text (a character offset)." })
  position!: number;
}

export interface EvidenceRow {
  id: string;
  factId: string;
  articleId: string;
  quote: string;
  inferred: boolean;
  note: string | null;
  position: number;
  past?: boolean | null;
  [property: string]: unknown;
}
