import { Field, ObjectType } from "type-graphql";
import { Node } from "../node.interface.js";

@ObjectType("Article", { implements: [Node], description: "A news article or statement: the source of every fact in the graph." })
export class Article extends Node {
  @Field(() => String, { description: "The headline, or a descriptive title where the article has none." })
  title!: string;

  @Field(() => String, { description: "ISO 639 language code of the text, e.g. en or th." })
  language!: string;

  @Field(() => String, { nullable: true, description: "Where the article can be read, when known." })
  url!: string | null;

  @Field(() => String, { description: "The full text, exactly as loaded: every evidence quote occurs in it." })
  text!: string;
}
