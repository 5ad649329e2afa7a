import { Field, ID, InterfaceType } from "type-graphql";
import { EntityKindEnum } from "../common/enums.js";
import { Node } from "../node.interface.js";
import type { EntityRow } from "../../graph/entity.row.js";

@InterfaceType("Entity", {
  implements: [Node],
  description: "Anything the articles talk about: an official, organisation, country, place, meeting, framework or topic.",
  resolveType: (row: EntityRow) => row.kind,
})
export abstract class Entity extends Node {
  @Field(() => ID, { description: "A stable, opaque id; its prefix names the kind. Never derived from a name." })
  declare id: string;

  @Field(() => EntityKindEnum, { description: "Which kind of entity this is." })
  kind!: keyof typeof EntityKindEnum;

  @Field(() => String, { description: "The primary name, in its usual written form. For an unnamed official, a description of the office." })
  name!: string;

  @Field(() => String, { nullable: true, description: "A short description, where the annotator gave one." })
  description!: string | null;
}
