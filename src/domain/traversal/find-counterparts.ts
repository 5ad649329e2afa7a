import { counterpartFromProjected, type EntityRow, entityKeys, type ProjectedCounterpart, PROPERTY_FIELDS } from "../../graph/entity.row.js";
import { SHARED_MEETINGS_LIMIT } from "../../graph/traversal-limits.js";
import { COUNTRY_COUNTERPARTS, OFFICIAL_COUNTERPARTS } from "../../graph/traversal.queries.js";
import { pageSize } from "../paging/page-size.js";
import type { ReadContext } from "../read-context.js";
import { atLeast, dateRange } from "./traversal-args.js";

export interface CounterpartArgs {
  from?: string | null;
  to?: string | null;
  minShared: number;
  first?: number | null;
}

/** Another official (or country) at the same meetings, and which meetings those were. */
export interface CounterpartFound {
  entity: EntityRow;
  sharedMeetingCount: number;
  sharedMeetings: EntityRow[];
}

/** Checks counterparts' arguments and turns them into the values their query takes; the GraphQL fields' loader takes the same. */
export function counterpartBounds(args: CounterpartArgs, limits: { maxPageSize: number }) {
  const { from, to } = dateRange(args.from, args.to);
  const minShared = atLeast(args.minShared, "minShared", 1);
  const limit = pageSize(args.first ?? null, { defaultPageSize: limits.maxPageSize, maxPageSize: limits.maxPageSize });
  return { from, to, minShared, limit };
}

/** Every stored property an entity field reads: what a caller outside GraphQL, with no selection to look ahead in, needs. */
const ALL_KEYS = entityKeys(new Set(PROPERTY_FIELDS));

/**
 * One official's or country's counterparts with their shared meetings, by the same query and
 * bounds as the GraphQL fields, reading every property an entity field can show.
 */
export async function findCounterparts(ctx: ReadContext, kind: "Official" | "Country", id: string, args: CounterpartArgs): Promise<CounterpartFound[]> {
  const key = { index: 0, id, ...counterpartBounds(args, ctx.config.limits), withMeetings: true, entityKeys: ALL_KEYS, meetingKeys: ALL_KEYS };
  const rows = await ctx.executor.read<{ index: number; counterparts: ProjectedCounterpart[] }>(kind === "Official" ? OFFICIAL_COUNTERPARTS : COUNTRY_COUNTERPARTS, {
    keys: [key],
    meetingLimit: SHARED_MEETINGS_LIMIT,
  });
  return (rows[0]?.counterparts ?? []).map((c) => counterpartFromProjected(c, ALL_KEYS, ALL_KEYS));
}
