import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.interface.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { Relation } from "../relation/relation.type.js";

@ObjectType("PathStep", { description: "One fact along a path, taken from `from` to `to`, whichever way the fact itself runs." })
export class PathStep {
  @Field(() => Entity, { description: "Where this step starts." })
  from!: EntityRow;

  @Field(() => Entity, { description: "Where this step ends." })
  to!: EntityRow;

  @Field(() => Relation, { description: "The fact joining them, with its evidence, seen from `from` (its direction is IN when `from` is the fact's object)." })
  relation!: Relation;
}

@ObjectType("Path", { description: "A chain of facts joining two entities." })
export class Path {
  @Field(() => Int, { description: "How many facts the path takes." })
  length!: number;

  @Field(() => [PathStep], { description: "The facts in order, from the first entity to the second." })
  steps!: PathStep[];
}
