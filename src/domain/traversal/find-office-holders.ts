import { foldKey } from "../annotation/annotation.normalize.js";
import { BadInputError, NotFoundError } from "../../errors/app-error.js";
import type { ReadContext } from "../read-context.js";
import { pageSize } from "../paging/page-size.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import { checkId } from "../ids.js";
import { OFFICE_HOLDERS } from "../../graph/traversal.queries.js";
import { certaintyOn, SPAN_KEYS, storedSpan } from "../../time/certainty.js";
import { type EntityRow, entityKeys, fromProjected, type ProjectedEntity } from "../../graph/entity.row.js";
import type { OfficeHoldingRow } from "../../graph/office-holding.row.js";
import type { RelationRow } from "../../graph/relation.row.js";
import type { Certainty } from "../../time/certainty.js";
import { OFFICE_CANDIDATE_LIMIT } from "../../graph/traversal-limits.js";

/** An official who held a matching office on the day asked about, and how sure the evidence makes that. */
export interface OfficeHolding {
  official: EntityRow;
  organisation: EntityRow;
  title: string;
  certainty: Certainty;
  relation: RelationRow;
}

export interface OfficeHolderArgs {
  title: string;
  on: string;
  organisation?: string | null;
  country?: string | null;
  first?: number | null;
  /**
   * What the client selected, so only that is read: the entity fields on the official and
   * on the organisation, and the relationship properties its selection on the relation
   * needs. Everything is read when omitted.
   */
  selection?: { official: ReadonlySet<string>; organisation: ReadonlySet<string>; relationKeys: readonly string[] };
}

/** The position's properties every candidate needs: its span, for its certainty, and its title. */
const HOLDING_KEYS: readonly string[] = [...SPAN_KEYS, "title"];

/** Checks an optional filter id's prefix; whether it exists is asked only when nobody is found (see knownOrNotFound). */
function filterId(id: string | null | undefined, argument: string, kind: EntityKind): string | null {
  if (id === null || id === undefined) return null;
  checkId(id, kind, argument);
  return id;
}

/** Tells "nobody held it" from a typo: an id that names nothing is NOT_FOUND. */
async function knownOrNotFound(ctx: ReadContext, id: string | null, kind: EntityKind): Promise<void> {
  if (id !== null && !(await ctx.loaders.entityById.load(id))) throw new NotFoundError(kind, id);
}

/**
 * Cypher picks the candidates by their stored spans; the certainty of each is worked out
 * here by time/certainty.ts, the one place its rules live. CERTAIN holders come first,
 * then by name. The filter ids are looked up only when no candidate is found, since a
 * candidate proves its organisation and country exist: one statement in the usual case.
 */
export async function findOfficeHolders(ctx: ReadContext, args: OfficeHolderArgs): Promise<OfficeHolding[]> {
  const titleKey = foldKey(args.title);
  if (titleKey.length === 0) throw new BadInputError(`"title" must contain some text, e.g. "Minister of Foreign Affairs".`, { argument: "title" });
  const limit = pageSize(args.first ?? null, { defaultPageSize: ctx.config.limits.maxPageSize, maxPageSize: ctx.config.limits.maxPageSize });
  const organisation = filterId(args.organisation, "organisation", "Organisation");
  const country = filterId(args.country, "country", "Country");

  const start = organisation !== null ? "organisation" : country !== null ? "country" : "anywhere";
  const officialKeys = args.selection ? entityKeys(args.selection.official) : null;
  const organisationKeys = args.selection ? entityKeys(args.selection.organisation) : null;
  const relationKeys = args.selection ? [...new Set([...HOLDING_KEYS, ...args.selection.relationKeys])].sort() : null;
  const rows = await ctx.executor.read<OfficeHoldingRow>(OFFICE_HOLDERS[start], {
    titleKey,
    on: args.on,
    organisation,
    country,
    candidates: OFFICE_CANDIDATE_LIMIT,
    officialKeys,
    organisationKeys,
    relationKeys,
  });
  if (rows.length === 0) await Promise.all([knownOrNotFound(ctx, organisation, "Organisation"), knownOrNotFound(ctx, country, "Country")]);
  const entity = (row: EntityRow, keys: readonly string[] | null) => (keys ? fromProjected(row as unknown as ProjectedEntity, keys) : row);
  const holdings = rows.flatMap((row) => {
    const props = relationKeys ? Object.fromEntries(relationKeys.map((key, i) => [key, (row.props as unknown[])[i] ?? null])) : (row.props as Record<string, unknown>);
    const certainty = certaintyOn(storedSpan(props), args.on);
    if (!certainty) return [];
    const title = (props.title as string | null | undefined) ?? "";
    const official = entity(row.official, officialKeys);
    const organisation = entity(row.organisation, organisationKeys);
    // The official is the fact's subject and the organisation its object; the relation is seen from the official.
    const relation: RelationRow = {
      factId: row.factId,
      type: "HOLDS_POSITION",
      selfId: official.id,
      otherId: organisation.id,
      subjectId: official.id,
      objectId: organisation.id,
      props,
    };
    return [{ official, organisation, title, certainty, relation }];
  });
  const rank = (h: OfficeHolding) => (h.certainty === "CERTAIN" ? 0 : 1);
  return holdings.sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}
