import type { ReadContext } from "../read-context.js";
import { ENTITY_KINDS, type EntityKind, kindOfId } from "../../model/entity-kinds.js";
import { findCandidates, type RankedCandidate } from "../editing/find-candidates.js";
import { MAX_SEARCH_LENGTH } from "../search/lucene-query.js";

/**
 * The W3C Entity Reconciliation API (version 0.2, as OpenRefine speaks it), answered by
 * the same ranking as `candidates`: the name and its aliases in any script, weighed by the
 * country, organisation and date the asker knows.
 */

/** The properties a query may constrain, as the manifest and property suggest name them. */
export const RECONCILE_PROPERTIES = [
  { id: "country", name: "Country", description: "A country the entity is tied to: its id (country:KHM) or its name." },
  { id: "organisation", name: "Organisation", description: "An organisation it belongs to or holds office in: its id or its name." },
  { id: "date", name: "Date", description: "A day the entity is known on, as YYYY-MM-DD: for an official, a day in office." },
] as const;

/** One reconciliation query, as the specification's query batch holds it. */
export interface ReconcileQuery {
  query?: string;
  type?: string | string[];
  limit?: number;
  properties?: { pid: string; v: unknown }[];
  type_strict?: "any" | "should" | "all";
}

export interface ReconcileCandidate {
  id: string;
  name: string;
  description: string;
  score: number;
  match: boolean;
  type: { id: string; name: string }[];
  features: { id: string; value: number | boolean }[];
}

/** The most candidates one query returns, and the most queries one batch holds. */
export const MAX_RECONCILE_LIMIT = 25;
export const DEFAULT_RECONCILE_LIMIT = 5;

const typeOf = (kind: string) => ({ id: kind, name: kind });
export const RECONCILE_TYPES = ENTITY_KINDS.map(typeOf);

/** A property value as the specification allows it: a string, a number, an entity {id, name}, or a list of them. */
function values(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(values);
  if (v && typeof v === "object" && "id" in v && typeof (v as { id: unknown }).id === "string") return [(v as { id: string }).id];
  if (typeof v === "string" || typeof v === "number") return [String(v).trim()].filter(Boolean);
  return [];
}

/** An id of the kind, given as an id or as a name the graph knows; names are reconciled by the same ranking. */
async function entityIdOf(ctx: ReadContext, given: string[], kind: EntityKind): Promise<string | null> {
  for (const value of given) {
    if (kindOfId(value) === kind) return value;
    const [best] = await findCandidates(ctx, { name: value, kind, limit: 1 });
    if (best) return best.entity.id;
  }
  return null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The kinds a query's `type` asks for; an unknown type matches nothing, which the specification leaves to the service. */
function kindsOf(type: ReconcileQuery["type"]): EntityKind[] | null {
  if (type === undefined) return null;
  const asked = Array.isArray(type) ? type : [type];
  return ENTITY_KINDS.filter((k) => asked.includes(k));
}

/**
 * A candidate is a `match` (OpenRefine accepts it without asking) only when it has the
 * name itself, not just a similar one, and stands clear of the next candidate.
 */
function toResult(ranked: RankedCandidate[]): ReconcileCandidate[] {
  return ranked.map((c, i) => {
    const exact = c.reasons.some((r) => r.startsWith("has the name"));
    const next = ranked[i + 1];
    const clear = i === 0 && (!next || c.score - next.score >= 0.5);
    return {
      id: c.entity.id,
      name: c.entity.name,
      description: [c.entity.kind, ...c.reasons].join("; "),
      score: Math.round(c.score * 1000) / 10,
      match: exact && clear,
      type: [typeOf(c.entity.kind)],
      features: [
        { id: "name_exact", value: exact },
        { id: "context_reasons", value: c.reasons.length - 1 },
      ],
    };
  });
}

/** Answers one query; a query with nothing to look for has no candidates. */
export async function reconcileOne(ctx: ReadContext, query: ReconcileQuery): Promise<ReconcileCandidate[]> {
  const name = query.query?.trim();
  if (!name || [...name].length > MAX_SEARCH_LENGTH) return [];
  const kinds = kindsOf(query.type);
  if (kinds && kinds.length === 0) return [];
  const limit = Math.min(Math.max(1, Math.trunc(query.limit ?? DEFAULT_RECONCILE_LIMIT)), MAX_RECONCILE_LIMIT);
  const property = (pid: string) => (query.properties ?? []).filter((p) => p.pid === pid).flatMap((p) => values(p.v));
  const [country, organisation] = await Promise.all([entityIdOf(ctx, property("country"), "Country"), entityIdOf(ctx, property("organisation"), "Organisation")]);
  const on = property("date").find((d) => ISO_DAY.test(d)) ?? null;
  const kind = kinds?.length === 1 ? kinds[0]! : null;
  const ranked = await findCandidates(ctx, { name, kind, country, organisation, on, limit: kinds && kinds.length > 1 ? MAX_RECONCILE_LIMIT : limit });
  return toResult(ranked.filter((c) => !kinds || kinds.includes(c.entity.kind)).slice(0, limit));
}

/** A batch of queries, answered together: their loads share one request's loaders. */
export async function reconcileBatch(ctx: ReadContext, batch: Record<string, ReconcileQuery>): Promise<Record<string, { result: ReconcileCandidate[] }>> {
  const keys = Object.keys(batch);
  const results = await Promise.all(keys.map((k) => reconcileOne(ctx, batch[k]!)));
  return Object.fromEntries(keys.map((k, i) => [k, { result: results[i]! }]));
}
