import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { onceForSiblings, selectedBelow, selectedFields } from "../selection.js";
import { counterpartBounds } from "../../domain/traversal/find-counterparts.js";
import { counterpartFromProjected, entityKeys, type ProjectedCounterpart } from "../../graph/entity.row.js";
import type { CounterpartRow } from "../traversal/counterpart.type.js";
import { SHARED_MEETINGS_LIMIT } from "../../graph/traversal-limits.js";
import type { Executor } from "../../neo4j/executor.js";
import { COUNTRY_COUNTERPARTS, OFFICIAL_COUNTERPARTS } from "../../graph/traversal.queries.js";

/** Whose counterparts a field wants, and within what. Two fields asking the same thing share one key. */
export interface CounterpartKey {
  kind: "Official" | "Country";
  id: string;
  from: string | null;
  to: string | null;
  minShared: number;
  limit: number;
  /** Whether the client asked for each counterpart's shared meetings; when not, none are read. */
  withMeetings: boolean;
  /** The properties read for each counterpart, and for each shared meeting (see entityKeys). */
  entityKeys: readonly string[];
  meetingKeys: readonly string[];
}

export interface CounterpartArgs {
  from?: string | null;
  to?: string | null;
  minShared: number;
  first?: number | null;
}

/**
 * The loader key for a `counterparts` field: the one place it is built, by the field and by
 * a lookup that asks ahead for it (lookup-ahead.ts), so both land on the same loaded answer.
 * Only what the client selected is read: shared meetings only when asked for, and only the
 * selected properties.
 */
export function counterpartKeyFor(
  limits: { maxPageSize: number },
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">,
  kind: CounterpartKey["kind"],
  id: string,
  args: CounterpartArgs,
): CounterpartKey {
  return {
    kind,
    id,
    ...counterpartBounds(args, limits),
    // The same for every official of a list asking: worked out once for them all.
    ...onceForSiblings(info, "counterparts", () => ({
      withMeetings: selectedFields(info).has("sharedMeetings"),
      entityKeys: entityKeys(selectedBelow(info, "entity")),
      meetingKeys: entityKeys(selectedBelow(info, "sharedMeetings")),
    })),
  };
}

const QUERY = { Official: OFFICIAL_COUNTERPARTS, Country: COUNTRY_COUNTERPARTS } as const;

/**
 * A batch runs one query per kind present in it: a list of officials costs one query, however
 * long. Null for an official or country that does not exist; an empty list for one with no
 * counterparts.
 */
export function counterpartsLoader(executor: Executor) {
  return new DataLoader<CounterpartKey, CounterpartRow[] | null, string>(
    async (keys) => {
      const results: (CounterpartRow[] | null)[] = keys.map(() => null);
      await Promise.all(
        (["Official", "Country"] as const).map(async (kind) => {
          const params = keys.flatMap((k, index) =>
            k.kind === kind
              ? [
                  {
                    index,
                    id: k.id,
                    from: k.from,
                    to: k.to,
                    minShared: k.minShared,
                    limit: k.limit,
                    withMeetings: k.withMeetings,
                    entityKeys: k.entityKeys,
                    meetingKeys: k.meetingKeys,
                  },
                ]
              : [],
          );
          if (params.length === 0) return;
          const rows = await executor.read<{ index: number; counterparts: ProjectedCounterpart[] }>(QUERY[kind], { keys: params, meetingLimit: SHARED_MEETINGS_LIMIT });
          for (const row of rows) {
            const key = keys[row.index]!;
            results[row.index] = row.counterparts.map((c) => counterpartFromProjected(c, key.entityKeys, key.meetingKeys));
          }
        }),
      );
      return results;
    },
    { cacheKeyFn: (k) => JSON.stringify([k.kind, k.id, k.from, k.to, k.minShared, k.limit, k.withMeetings, k.entityKeys, k.meetingKeys]) },
  );
}
