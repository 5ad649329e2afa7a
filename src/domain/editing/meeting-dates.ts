import { NARROW_WITH_FOLLOWERS } from "../../graph/meeting-dates.queries.js";
import type { Tx } from "../../neo4j/executor.js";

/** Narrows the date bounds of these meetings and of the meetings that follow them (see NARROW_WITH_FOLLOWERS), in one statement. */
export async function narrowMeetingDates(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(NARROW_WITH_FOLLOWERS, { ids });
}
