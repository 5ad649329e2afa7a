import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import type { Context } from "../context.js";
import { findOfficeHolders } from "../../domain/traversal/find-office-holders.js";
import { OfficeHolding } from "./office-holding.type.js";
import { toRelation } from "../relation/relation.type.js";

@Resolver()
export class OfficeHoldersResolver {
  @Query(() => [OfficeHolding], {
    description:
      "Who held an office on a given day: every official whose matching office the evidence shows (CERTAIN) or leaves open (POSSIBLE) on that day, CERTAIN first, then by name.",
  })
  async officeHolders(
    @Arg("title", () => String, { description: "Part of the office's title, matched ignoring case, spacing and accents, e.g. \"Minister of Foreign Affairs\"." }) title: string,
    @Arg("on", () => LocalDateResolver, { description: "The day asked about." }) on: string,
    @Arg("organisation", () => ID, { nullable: true, description: "Only offices in this organisation itself (an org: id)." }) organisation: string | null | undefined,
    @Arg("country", () => ID, { nullable: true, description: "Only offices of this country (a country: id): in organisations belonging to it, directly or through a parent, or of the country itself." }) country: string | null | undefined,
    @Arg("first", () => Int, { nullable: true, description: "At most this many (capped by the server's maximum page size)." }) first: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<OfficeHolding[]> {
    const holdings = await findOfficeHolders(ctx, { title, on, organisation, country, first });
    return holdings.map((holding) => ({ ...holding, relation: toRelation(holding.relation) }));
  }
}
