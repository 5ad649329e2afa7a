import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("Correction", { description: "A change an editor made to a fact: who, when, what and why. The graph keeps every one." })
export class Correction {
  @Field(() => ID, { description: "Stable id of the correction." })
  id!: string;

  @Field(() => String, { description: "DISPUTE, UNDISPUTE or CORRECT." })
  action!: string;

  @Field(() => String, { description: "The field changed: disputed, from or until." })
  field!: string;

  @Field(() => String, { nullable: true, description: "The value before the change." })
  oldValue!: string | null;

  @Field(() => String, { nullable: true, description: "The value after the change." })
  newValue!: string | null;

  @Field(() => String, { description: "The editor's reason." })
  note!: string;

  @Field(() => String, { description: "The editor, by the name their key is configured under." })
  by!: string;

  @Field(() => String, { description: "When (ISO date-time)." })
  at!: string;
}
