import DataLoader from "dataloader";
import type { TimelineEntryRow } from "../traversal/timeline-entry.type.js";
import type { Executor } from "../../neo4j/executor.js";
import { TIMELINES } from "../../graph/traversal.queries.js";

export interface TimelineKey {
  id: string;
  from: string | null;
  to: string | null;
  limit: number;
}

export function timelineLoader(executor: Executor) {
  return new DataLoader<TimelineKey, TimelineEntryRow[], string>(
    async (keys) => {
      const params = keys.map((k, index) => ({ index, id: k.id, from: k.from, to: k.to, limit: k.limit }));
      const rows = await executor.read<{ index: number; entries: TimelineEntryRow[] }>(TIMELINES, { keys: params });
      const byIndex = new Map(rows.map((r) => [r.index, r.entries]));
      return keys.map((_, i) => byIndex.get(i) ?? []);
    },
    { cacheKeyFn: (k) => JSON.stringify([k.id, k.from, k.to, k.limit]) },
  );
}
