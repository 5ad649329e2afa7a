import { GraphQLJSON } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";

@ObjectType("DraftCandidate", { description: "An existing entity a drafted entity may be, ranked like `candidates`." })
export class DraftCandidate {
  @Field(() => ID, { description: "The existing entity's id." })
  id!: string;

  @Field(() => String, { description: "Its primary name." })
  name!: string;

  @Field(() => Float, { description: "Higher is a better match." })
  score!: number;

  @Field(() => [String], { description: "Why it ranks where it does." })
  reasons!: string[];
}

@ObjectType("DraftedEntity", { description: "One entity of a draft, with what the editor needs to review it." })
export class DraftedEntity {
  @Field(() => ID, { description: "Its id in the draft's annotation: the existing entity's id when linked, else a new one." })
  id!: string;

  @Field(() => String, { description: "Its kind: Official, Organisation, Country, Place, Meeting, Framework or Topic." })
  kind!: string;

  @Field(() => String, { description: "The name the draft gives it." })
  name!: string;

  @Field(() => Float, { description: "How sure the drafter is that this is an entity of this kind, from 0 to 1." })
  confidence!: number;

  @Field(() => [String], { description: "The rules that found it." })
  reasons!: string[];

  @Field(() => ID, { nullable: true, description: "The existing entity it links to; null when it is new or the drafter is unsure." })
  linkedId?: string | null;

  @Field(() => [DraftCandidate], { description: "The existing entities it may be, best first, when there are any." })
  candidates!: DraftCandidate[];

  @Field(() => String, { description: "Why it was linked, or why not." })
  linkReason!: string;
}

@ObjectType("DraftedFact", { description: "One fact of a draft, with the drafter's confidence and reason." })
export class DraftedFact {
  @Field(() => Int, { description: "Its index in the draft annotation's `facts`." })
  index!: number;

  @Field(() => Float, { description: "How sure the drafter is, from 0 to 1." })
  confidence!: number;

  @Field(() => String, { description: "The pattern that proposed it and the words it matched." })
  reason!: string;

  @Field(() => String, { description: "The sentence it is drawn from (the annotation cites it by offsets)." })
  evidence!: string;
}

@ObjectType("ArticleDraft", { description: "A proposed annotation for an article, ready for review and then `ingestArticle`." })
export class ArticleDraft {
  @Field(() => GraphQLJSON, { description: "The draft in the annotation format; valid for `ingestArticle` as it stands." })
  annotation!: unknown;

  @Field(() => [DraftedEntity], { description: "Per entity: confidence, reasons, and its link or candidates." })
  entities!: DraftedEntity[];

  @Field(() => [DraftedFact], { description: "Per fact: confidence and reason." })
  facts!: DraftedFact[];
}
