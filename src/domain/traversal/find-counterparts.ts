import type { Context } from "../../graphql/context.js";
import { pageSize } from "../../graphql/pagination/page-size.js";
import type { CounterpartKey } from "../../loaders/counterparts.loader.js";
import type { CounterpartRow } from "./counterpart.type.js";
import { atLeast, dateRange } from "./traversal-args.js";

export interface CounterpartArgs {
  from?: string | null;
  to?: string | null;
  minShared: number;
  first?: number | null;
}

/** Checks the arguments, then goes through the per-request loader, so a list of officials (or countries) asking costs one query. */
export function findCounterparts(ctx: Context, kind: CounterpartKey["kind"], id: string, args: CounterpartArgs): Promise<CounterpartRow[]> {
  const { from, to } = dateRange(args.from, args.to);
  const minShared = atLeast(args.minShared, "minShared", 1);
  const limit = pageSize(args.first ?? null, { defaultPageSize: ctx.config.limits.maxPageSize, maxPageSize: ctx.config.limits.maxPageSize });
  return ctx.loaders.counterparts.load({ kind, id, from, to, minShared, limit });
}
