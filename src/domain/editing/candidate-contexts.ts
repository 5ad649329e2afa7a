import type { Context } from "../../graphql/context.js";
import type { RelationRow } from "../relation/relation.type.js";
import type { Similar } from "./find-similar.js";
import type { CandidateContext } from "./rank-candidates.js";
import { readAliases } from "../common/alias.type.js";

const LIMIT = 100;

/**
 * Gathers, for every candidate at once, the countries and organisations it is tied to and
 * the offices it held: three batched loads however many candidates there are.
 */
export async function candidateContexts(ctx: Context, found: Similar[]): Promise<CandidateContext[]> {
  const ids = found.map((f) => f.entity.id);
  const own = await Promise.all(
    ids.map((id) => ctx.loaders.relationsByEntity.load({ id, types: ["HOLDS_POSITION", "BELONGS_TO", "PARTICIPATED_IN", "MEMBER_OF", "LOCATED_IN"], direction: "OUT", limit: LIMIT })),
  );
  const organisationIds = [...new Set(own.flat().filter((r) => r.otherId.startsWith("org:")).map((r) => r.otherId))];
  const parents = await Promise.all(organisationIds.map((id) => ctx.loaders.relationsByEntity.load({ id, types: ["BELONGS_TO"], direction: "OUT", limit: LIMIT })));
  const countryOf = new Map(organisationIds.map((id, i) => [id, (parents[i] ?? []).filter((r) => r.otherId.startsWith("country:")).map((r) => r.otherId)]));
  const related = own.flat().flatMap((r) => [r.otherId, ...(typeof r.props.countryId === "string" ? [r.props.countryId] : [])]);
  const names = new Map<string, string>();
  const rows = await ctx.loaders.entityById.loadMany([...new Set([...related, ...[...countryOf.values()].flat()])]);
  for (const row of rows) if (row && !(row instanceof Error)) names.set(row.id, row.name);
  const nameOf = (id: string) => names.get(id) ?? id;

  return found.map((f, i) => {
    const relations: RelationRow[] = own[i] ?? [];
    const countries = new Map<string, string>();
    const organisations = new Map<string, string>();
    for (const r of relations) {
      if (r.otherId.startsWith("country:")) countries.set(r.otherId, nameOf(r.otherId));
      if (typeof r.props.countryId === "string") countries.set(r.props.countryId, nameOf(r.props.countryId));
      if (r.otherId.startsWith("org:") && r.type !== "PARTICIPATED_IN") {
        organisations.set(r.otherId, nameOf(r.otherId));
        for (const c of countryOf.get(r.otherId) ?? []) countries.set(c, nameOf(c));
      }
    }
    const day = (v: unknown) => (typeof v === "string" ? v : undefined);
    return {
      id: f.entity.id,
      names: [f.entity.name, ...readAliases(f.entity.aliasRecords).map((a) => a.name)],
      nameScore: f.score,
      countries,
      organisations,
      offices: relations
        .filter((r) => r.type === "HOLDS_POSITION")
        .map((r) => ({
          title: String(r.props.title ?? ""),
          organisation: nameOf(r.otherId),
          span: { certainStart: day(r.props.certainStart), certainEnd: day(r.props.certainEnd), possibleStart: day(r.props.possibleStart), possibleEnd: day(r.props.possibleEnd) },
        })),
    };
  });
}
