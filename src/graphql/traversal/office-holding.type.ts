import { Field, ObjectType } from "type-graphql";
import { CertaintyEnum } from "../common/enums.js";
import { Entity } from "../entity/entity.interface.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { Official } from "../entity/entity-types.js";
import { Relation } from "../relation/relation.type.js";

@ObjectType("OfficeHolding", { description: "An official who held a matching office on the day asked about, and how sure the evidence makes that." })
export class OfficeHolding {
  @Field(() => Official, { description: "Who held the office." })
  official!: EntityRow;

  @Field(() => Entity, { description: "Where the office is: an organisation, or a country for offices of state." })
  organisation!: EntityRow;

  @Field(() => String, { description: "The office, in full, as the sources state it." })
  title!: string;

  @Field(() => CertaintyEnum, { description: "CERTAIN when the evidence shows the official in office that day; POSSIBLE when it only leaves it open." })
  certainty!: keyof typeof CertaintyEnum;

  @Field(() => Relation, { description: "The office-holding fact, with its span and evidence." })
  relation!: Relation;
}
