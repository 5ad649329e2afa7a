import { FOLLOWERS, NARROW_BY_FOLLOWS } from "../../graph/meeting-dates.queries.js";
import type { Tx } from "../../neo4j/executor.js";

/** Narrows the date bounds of these meetings and of the meetings that follow them (see NARROW_BY_FOLLOWS). */
export async function narrowMeetingDates(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(NARROW_BY_FOLLOWS, { ids });
  const [{ ids: followers } = { ids: [] as string[] }] = await tx.run<{ ids: string[] }>(FOLLOWERS, { ids });
  if (followers.length > 0) await tx.run(NARROW_BY_FOLLOWS, { ids: followers });
}
