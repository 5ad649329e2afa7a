import type { ReadContext } from "../read-context.js";
import { containingCountries } from "../containing-country.js";
import type { EntityRow } from "../../graph/entity.row.js";
import type { RelationRow } from "../../graph/relation.row.js";
import type { Similar } from "./find-similar.js";
import type { CandidateContext } from "./rank-candidates.js";
import { storedSpan } from "../../time/certainty.js";
import { readAliases } from "../../graph/alias-records.js";

const LIMIT = 100;

/**
 * Gathers, for every candidate at once, the countries and organisations it is tied to and
 * the offices it held: a fixed number of batched loads however many candidates there are.
 * An organisation's or place's country is found by the same climb search uses, so an
 * official of a department is tied to the country above the department's ministry.
 */
export async function candidateContexts(ctx: ReadContext, found: Similar[]): Promise<CandidateContext[]> {
  const ids = found.map((f) => f.entity.id);
  const own = await Promise.all(
    ids.map((id) =>
      ctx.loaders.relationsByEntity.load({ id, types: ["HOLDS_POSITION", "BELONGS_TO", "PARTICIPATED_IN", "MEMBER_OF", "LOCATED_IN"], direction: "OUT", limit: LIMIT }),
    ),
  );
  const related = own.flat().flatMap((r) => [r.otherId, ...(typeof r.props.countryId === "string" ? [r.props.countryId] : [])]);
  const rows = (await ctx.loaders.entityById.loadMany([...new Set(related)])).filter((row): row is EntityRow => row !== null && !(row instanceof Error));
  const countryAbove = await containingCountries(ctx, [...found.map((f) => f.entity), ...rows.filter((row) => row.kind === "Organisation")]);
  const names = new Map(rows.map((row) => [row.id, row.name]));
  const nameOf = (id: string) => names.get(id) ?? id;

  return found.map((f, i) => {
    const relations: RelationRow[] = own[i] ?? [];
    const countries = new Map<string, string>();
    const organisations = new Map<string, string>();
    const ownCountry = countryAbove.get(f.entity.id);
    if (ownCountry) countries.set(ownCountry.id, ownCountry.name);
    for (const r of relations) {
      if (r.otherId.startsWith("country:")) countries.set(r.otherId, nameOf(r.otherId));
      if (typeof r.props.countryId === "string") countries.set(r.props.countryId, nameOf(r.props.countryId));
      if (r.otherId.startsWith("org:") && r.type !== "PARTICIPATED_IN") {
        organisations.set(r.otherId, nameOf(r.otherId));
        const country = countryAbove.get(r.otherId);
        if (country) countries.set(country.id, country.name);
      }
    }
    const e = f.entity;
    return {
      id: e.id,
      kind: e.kind,
      meeting:
        e.kind === "Meeting"
          ? {
              series: typeof e.series === "string" ? e.series : null,
              ordinal: typeof e.ordinal === "number" ? e.ordinal : null,
              earliest: typeof e.dateEarliest === "string" ? e.dateEarliest : null,
              latest: typeof e.dateLatest === "string" ? e.dateLatest : null,
            }
          : undefined,
      names: [f.entity.name, ...readAliases(f.entity.aliasRecords).map((a) => a.name)],
      nameScore: f.score,
      countries,
      organisations,
      offices: relations
        .filter((r) => r.type === "HOLDS_POSITION")
        .map((r) => ({
          title: String(r.props.title ?? ""),
          organisation: nameOf(r.otherId),
          span: storedSpan(r.props),
        })),
    };
  });
}
