import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export const RevisionActionEnum = { CREATED: "CREATED", UPDATED: "UPDATED", REMOVED: "REMOVED" } as const;
registerEnumType(RevisionActionEnum, {
  name: "RevisionAction",
  description: "What a change did to an article: first ingested, ingested again with changes (a corrected annotation), or removed.",
});

export const RevisionViaEnum = { API: "API", CLI: "CLI", CORPUS: "CORPUS" } as const;
registerEnumType(RevisionViaEnum, {
  name: "RevisionVia",
  description: "How a change reached the graph: the GraphQL API, the ingest CLI, or the bundled corpus on a first start.",
});

@ObjectType("Revision", {
  description:
    "One change to an article and everything it states: who made it, how, when, and what it changed. Revisions are kept after the article is removed, so the history of a removal stays readable. Ingesting an article that changes nothing records none.",
})
export class Revision {
  @Field(() => ID, { description: "Stable id of the revision." })
  id!: string;

  @Field(() => ID, { description: "The article changed; it may since have been removed." })
  articleId!: string;

  @Field(() => Int, { description: "The article's revisions are numbered 1, 2, 3… in the order they happened; times can tie, these cannot." })
  seq!: number;

  @Field(() => RevisionActionEnum, { description: "CREATED, UPDATED or REMOVED." })
  action!: keyof typeof RevisionActionEnum;

  @Field(() => String, { description: "Who: the editor key's configured name (API), the operating-system user (CLI), or `corpus`." })
  by!: string;

  @Field(() => RevisionViaEnum, { description: "Through what the change came." })
  via!: keyof typeof RevisionViaEnum;

  @Field(() => String, { description: "When (ISO date-time)." })
  at!: string;

  @Field(() => Int, { description: "Entities this change added to the graph." })
  entitiesCreated!: number;

  @Field(() => Int, { description: "Existing entities this change added to (aliases, filled fields)." })
  entitiesUpdated!: number;

  @Field(() => Int, { description: "Entities that only this article declared, gone with this change." })
  entitiesRemoved!: number;

  @Field(() => Int, { description: "Facts this change added to the graph." })
  factsCreated!: number;

  @Field(() => Int, { description: "Existing facts this change gave new evidence or data." })
  factsUpdated!: number;

  @Field(() => Int, { description: "Facts that only this article supported, gone with this change." })
  factsRemoved!: number;

  @Field(() => Int, { description: "Pieces of evidence this change added." })
  evidenceAdded!: number;

  @Field(() => Int, { description: "Pieces of evidence from this article that this change took away." })
  evidenceRemoved!: number;
}
