import { Field, ID, ObjectType } from "type-graphql";
import { RelationTypeEnum } from "../common/enums.js";
import { Entity } from "../entity/entity.interface.js";
import type { EntityRow } from "../../graph/entity.row.js";

@ObjectType("GraphEdge", { description: "A fact as an edge to draw: its id and type, and the ids of the nodes it joins (subject to object)." })
export class GraphEdge {
  @Field(() => ID, { description: "The fact's id, the same as its `Relation.id`." })
  id!: string;

  @Field(() => RelationTypeEnum, { description: "The relationship's type." })
  type!: keyof typeof RelationTypeEnum;

  @Field(() => ID, { description: "The id of the fact's subject." })
  source!: string;

  @Field(() => ID, { description: "The id of the fact's object." })
  target!: string;
}

@ObjectType("Neighbourhood", { description: "The entities and facts around an entity, ready to draw: every edge's ends are among the nodes." })
export class Neighbourhood {
  @Field(() => [Entity], { description: "The entity itself first, then every entity an edge reaches, by name." })
  nodes!: EntityRow[];

  @Field(() => [GraphEdge], { description: "The facts, nearest first: those touching the entity, then those touching its neighbours." })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: "True when there were more facts than `limit` and the farthest were left out." })
  truncated!: boolean;
}

export type NeighbourhoodRow = Neighbourhood;
