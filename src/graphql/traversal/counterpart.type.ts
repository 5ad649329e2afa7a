import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.interface.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { Meeting } from "../entity/entity-types.js";
import { SHARED_MEETINGS_LIMIT } from "../../graph/traversal-limits.js";

@ObjectType("Counterpart", { description: "Another official (or country) present at the same meetings, and which meetings those were." })
export class Counterpart {
  @Field(() => Entity, { description: "The other official, or the other country." })
  entity!: EntityRow;

  @Field(() => Int, { description: "How many meetings both attended (within the dates asked for)." })
  sharedMeetingCount!: number;

  @Field(() => [Meeting], { description: `The meetings both attended, earliest first (at most ${SHARED_MEETINGS_LIMIT}; \`sharedMeetingCount\` is never cut).` })
  sharedMeetings!: EntityRow[];
}

export type CounterpartRow = Counterpart;
