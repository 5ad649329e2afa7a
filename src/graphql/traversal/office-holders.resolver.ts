import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import { selectedBelow } from "../selection.js";
import { LocalDateResolver } from "graphql-scalars";
import type { Context } from "../context.js";
import { findOfficeHolders } from "../../domain/traversal/find-office-holders.js";
import { OfficeHolding } from "./office-holding.type.js";
import { relationKeys, toRelation } from "../relation/relation.type.js";

@Resolver()
export class OfficeHoldersResolver {
  @Query(() => [OfficeHolding], {
    description:
      "Who held an office on a given day: every official whose matching office the evidence shows (CERTAIN) or leaves open (POSSIBLE) on that day, CERTAIN first, then by name.",
  })
  async officeHolders(
    @Arg("title", () => String, { description: 'Part of the office\'s title, matched ignoring case, spacing and accents, e.g. "Minister of Foreign Affairs".' }) title: string,
    @Arg("on", () => LocalDateResolver, { description: "The day asked about." }) on: string,
    @Arg("organisation", () => ID, { nullable: true, description: "Only offices in this organisation itself (an org: id)." }) organisation: string | null | undefined,
    @Arg("country", () => ID, {
      nullable: true,
      description: "Only offices of this country (a country: id): in organisations belonging to it, directly or through a parent, or of the country itself.",
    })
    country: string | null | undefined,
    @Arg("first", () => Int, { nullable: true, description: "At most this many (capped by the server's maximum page size)." }) first: number | null | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OfficeHolding[]> {
    // Only what the client selected on the official, the organisation and the relation is read.
    const selection = { official: selectedBelow(info, "official"), organisation: selectedBelow(info, "organisation"), relationKeys: relationKeys(selectedBelow(info, "relation")) };
    const holdings = await findOfficeHolders(ctx, { title, on, organisation, country, first, selection });
    return holdings.map((holding) => ({ ...holding, relation: toRelation(holding.relation) }));
  }
}
