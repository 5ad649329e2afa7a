import { Field, ObjectType } from "type-graphql";
import { Connection } from "../../graphql/pagination/connection.type.js";
import { Node } from "../../graphql/node.interface.js";

@ObjectType("Country", { implements: [Node], description: "A sovereign state, identified by its ISO 3166-1 alpha-3 code." })
export class Country extends Node {
  @Field(() => String, { description: "The country's usual English name." })
  name!: string;

  @Field(() => String, { description: "ISO 3166-1 alpha-3 code, e.g. KHM for Cambodia." })
  isoCode!: string;

  sortName!: string;
}

export const CountryConnection = Connection(Country, "Country");
