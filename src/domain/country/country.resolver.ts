import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { decodeCursor } from "../../graphql/pagination/cursor.js";
import { pageSize } from "../../graphql/pagination/page-size.js";
import { countriesPage } from "./country.repository.js";
import { Country, CountryConnection } from "./country.type.js";

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { description: "Countries, by name." })
  countries(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, description: "Page size; defaults to the server's default page size and is capped by its maximum." }) first?: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after?: string | null,
  ) {
    return countriesPage(ctx.executor, { first: pageSize(first, ctx.config.limits), after: after ? decodeCursor(after) : null });
  }
}
