import { Field, Float, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.interface.js";
import type { EntityRow } from "../../graph/entity.row.js";

@ObjectType("SearchHit", { description: "An entity whose name or an alias matches a search, with what tells it apart from others of the same name." })
export class SearchHit {
  @Field(() => Entity, { description: "The entity found." })
  entity!: EntityRow;

  @Field(() => Float, { description: "Lucene's relevance score (the higher of the Latin and the Thai index): for ordering, not comparable across searches." })
  score!: number;

  @Field(() => String, { nullable: true, description: "The name or alias that matched, when one name holds every word searched for." })
  matchedName!: string | null;
}
