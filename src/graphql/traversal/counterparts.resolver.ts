import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import type { Context } from "../context.js";
import { type CounterpartArgs, type CounterpartKey, counterpartKeyFor } from "../loaders/counterparts.loader.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { Country, Official } from "../entity/entity-types.js";
import { Counterpart, type CounterpartRow } from "./counterpart.type.js";

const fromArg = { nullable: true, description: "Only meetings that may fall on or after this day." } as const;
const toArg = { nullable: true, description: "Only meetings that may fall on or before this day." } as const;
const minSharedArg = { defaultValue: 1, description: "Only counterparts sharing at least this many meetings." } as const;
const firstArg = { nullable: true, description: "At most this many counterparts (capped by the server's maximum page size)." } as const;

/** Both fields go through one per-request loader, so a list of officials (or countries) asking costs one query. */
async function counterpartsOf(ctx: Context, info: GraphQLResolveInfo, kind: CounterpartKey["kind"], id: string, args: CounterpartArgs): Promise<CounterpartRow[]> {
  return (await ctx.loaders.counterparts.load(counterpartKeyFor(ctx.config.limits, info, kind, id, args))) ?? [];
}

@Resolver(() => Official)
export class OfficialCounterpartsResolver {
  @FieldResolver(() => [Counterpart], {
    description: "Other officials who took part in the same meetings, most shared meetings first, then by name. Undated meetings count only when no dates are given.",
  })
  counterparts(
    @Root() official: EntityRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("from", () => LocalDateResolver, fromArg) from?: string | null,
    @Arg("to", () => LocalDateResolver, toArg) to?: string | null,
    @Arg("minShared", () => Int, minSharedArg) minShared: number = 1,
    @Arg("first", () => Int, firstArg) first?: number | null,
  ) {
    return counterpartsOf(ctx, info, "Official", official.id, { from, to, minShared, first });
  }
}

@Resolver(() => Country)
export class CountryCounterpartsResolver {
  @FieldResolver(() => [Counterpart], {
    description:
      "Other countries present at the same meetings, most shared meetings first, then by name. A country is present when it took part itself or an official took part on its behalf. Undated meetings count only when no dates are given.",
  })
  counterparts(
    @Root() country: EntityRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("from", () => LocalDateResolver, fromArg) from?: string | null,
    @Arg("to", () => LocalDateResolver, toArg) to?: string | null,
    @Arg("minShared", () => Int, minSharedArg) minShared: number = 1,
    @Arg("first", () => Int, firstArg) first?: number | null,
  ) {
    return counterpartsOf(ctx, info, "Country", country.id, { from, to, minShared, first });
  }
}
