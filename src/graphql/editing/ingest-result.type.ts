import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "../entity/entity.interface.js";

export const ChangeEnum = { CREATED: "CREATED", UPDATED: "UPDATED", UNCHANGED: "UNCHANGED" } as const;
registerEnumType(ChangeEnum, { name: "Change", description: "What an ingest did to an item." });

@ObjectType("ChangeSet", { description: "The ids an ingest created, updated (new aliases, filled fields, new evidence) or left unchanged." })
export class ChangeSet {
  @Field(() => [ID], { description: "New in the graph." })
  created!: string[];

  @Field(() => [ID], { description: "Already there, and changed by this article." })
  updated!: string[];

  @Field(() => [ID], { description: "Already there, exactly as this article states them." })
  unchanged!: string[];
}

@ObjectType("IngestWarning", { description: "Something an editor should look at; the ingest itself succeeded." })
export class IngestWarning {
  @Field(() => String, {
    description:
      "A stable code: SIMILAR_NAME (a new entity resembles an existing one), KNOWN_ID_OTHER_NAME (a known id declared under a name the graph does not know for it), DATE_CONFLICT (a known fact given dates that cannot be its own).",
  })
  code!: string;

  @Field(() => String, { description: "What to look at, in words." })
  message!: string;

  @Field(() => ID, { nullable: true, description: "The entity of this article the warning is about." })
  entityId!: string | null;

  @Field(() => [Entity], { description: "Existing entities the editor may have meant: link to one of these ids instead of a new one." })
  similar!: unknown[];
}

@ObjectType("IngestResult", { description: "What ingesting one article did, or (dry run) would do." })
export class IngestResult {
  @Field(() => ID, { description: "The article's id." })
  articleId!: string;

  @Field(() => Boolean, { description: "True when nothing was kept: the report says what a real run would do." })
  dryRun!: boolean;

  @Field(() => ChangeEnum, { description: "What happened to the article itself." })
  article!: keyof typeof ChangeEnum;

  @Field(() => ChangeSet, { description: "Entities the article declares." })
  entities!: ChangeSet;

  @Field(() => ChangeSet, { description: "Facts the article states." })
  facts!: ChangeSet;

  @Field(() => Int, { description: "Pieces of evidence added, including second evidence for facts other articles already state." })
  evidenceAdded!: number;

  @Field(() => Int, { description: "Pieces of evidence an earlier version of this article gave and this one no longer does." })
  evidenceRemoved!: number;

  @Field(() => Int, { description: "Facts only an earlier version of this article supported, now gone." })
  factsRemoved!: number;

  @Field(() => Int, { description: "Entities only an earlier version of this article declared, now gone." })
  entitiesRemoved!: number;

  @Field(() => [IngestWarning], { description: "Things to review, such as a new person whose name resembles an existing one, or a known id declared under another name." })
  warnings!: IngestWarning[];
}

@ObjectType("RemovalResult", { description: "What removing an article took with it." })
export class RemovalResult {
  @Field(() => ID, { description: "The removed article." })
  articleId!: string;

  @Field(() => Int, { description: "Its pieces of evidence, all removed." })
  evidenceRemoved!: number;

  @Field(() => Int, { description: "Facts only it supported. Facts other articles also state stay, with their evidence." })
  factsRemoved!: number;

  @Field(() => Int, { description: "Entities only it declared." })
  entitiesRemoved!: number;
}

@ObjectType("Candidate", { description: "An existing entity an editor may mean, ranked by name and context." })
export class Candidate {
  @Field(() => Entity, { description: "The entity." })
  entity!: unknown;

  @Field(() => Number, { description: "Higher is a better match: name similarity plus agreement with the given context." })
  score!: number;

  @Field(() => [String], { description: 'Why it ranks where it does, e.g. "holds office in Ministry of Foreign Affairs…".' })
  reasons!: string[];
}
