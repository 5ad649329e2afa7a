import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType("Node", {
  description: "Anything with a global id. Fetch any of them with `node(id:)`.",
  // Entities carry their kind; the only other node is an article.
  resolveType: (value: { kind?: string }) => value.kind ?? "Article",
})
export abstract class Node {
  @Field(() => ID, { description: "A stable, opaque id; its prefix names the kind (official:, org:, country:, place:, meeting:, framework:, topic:, article:)." })
  id!: string;
}
