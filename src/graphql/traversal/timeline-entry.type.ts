import { Field, ObjectType } from "type-graphql";
import { PartialDate } from "../common/partial-date.type.js";
import type { RelationRow } from "../../graph/relation.row.js";
import { Relation } from "../relation/relation.type.js";

@ObjectType("TimelineEntry", { description: "A fact placed in time, for an entity's timeline." })
export class TimelineEntry {
  @Field(() => PartialDate, {
    description: "When it happened, to the precision known: a meeting's start for facts about a meeting, else the fact's stated start, else the earliest day an article shows it.",
  })
  date!: PartialDate;

  @Field(() => String, { description: "The first day it could be (YYYY-MM-DD); for a meeting, its first possible day." })
  earliest!: string;

  @Field(() => String, { description: "The last day it could be (YYYY-MM-DD); for a meeting, its last possible day." })
  latest!: string;

  @Field(() => Relation, { description: "The fact, with its evidence, seen from the entity whose timeline this is." })
  relation!: Relation;
}

/** A timeline entry as the query returns it: the date as a flat map, the fact as a relation row. */
export interface TimelineEntryRow {
  date: Record<string, unknown>;
  earliest: string;
  latest: string;
  relation: RelationRow;
}
