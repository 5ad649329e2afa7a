import type { Tx } from "../../neo4j/executor.js";
import { FACT_TIME_INPUTS, SET_FACT_SPANS } from "../../graph/load.queries.js";
import { spanOf } from "../../time/certainty.js";
import type { Bounds } from "../../time/partial-date.js";

interface TimeInputs {
  id: string;
  fromEarliest: string | null;
  fromLatest: string | null;
  untilEarliest: string | null;
  untilLatest: string | null;
  observations: { earliest: string | null; latest: string | null }[];
}

const bounds = (earliest: string | null, latest: string | null): Bounds | undefined => (earliest && latest ? { earliest, latest } : undefined);

/**
 * Recomputes when each fact certainly and possibly held, from its own span and every
 * article's sighting of it. The rules live in time/certainty.ts, in one place, rather
 * than being restated in Cypher.
 */
export async function refreshFactSpans(tx: Tx, factIds: string[]): Promise<void> {
  if (factIds.length === 0) return;
  const inputs = await tx.run<TimeInputs>(FACT_TIME_INPUTS, { factIds });
  const spans = inputs.map((row) => {
    const span = spanOf({
      from: bounds(row.fromEarliest, row.fromLatest),
      until: bounds(row.untilEarliest, row.untilLatest),
      observations: row.observations.flatMap((o) => bounds(o.earliest, o.latest) ?? []),
    });
    return {
      id: row.id,
      certainStart: span.certainStart ?? null,
      certainEnd: span.certainEnd ?? null,
      possibleStart: span.possibleStart ?? null,
      possibleEnd: span.possibleEnd ?? null,
    };
  });
  if (spans.length > 0) await tx.run(SET_FACT_SPANS, { spans });
}
