import { readAliases } from "../../graph/alias-records.js";
import type { ArticleRow } from "../../graph/article.row.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { EVIDENCE_BY_FACT } from "../../graph/relation.queries.js";
import type { RelationRow } from "../../graph/relation.row.js";
import { containingCountries } from "../containing-country.js";
import type { ReadContext } from "../read-context.js";
import type { ExportEdge, ExportGraph, ExportNode } from "./export-graph.type.js";
import { type ExportSource, reach } from "./export-sources.js";

/** The most pieces of evidence written for one edge, as the GraphQL field's loader bounds them. */
const EVIDENCE_PER_EDGE = 100;

interface EvidenceFound {
  quote: string;
  inferred?: boolean;
  articleId: string;
}

const present = <T>(rows: readonly (T | null | Error)[]): T[] => rows.filter((r): r is T => r !== null && !(r instanceof Error));
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/**
 * Each node's country: a country is its own; an organisation's or place's is the one
 * above it; an official's is that of an office held; a meeting's, where it was held.
 * A fixed number of batched loads, however many nodes.
 */
async function countriesOf(ctx: ReadContext, nodes: EntityRow[]): Promise<Map<string, EntityRow>> {
  const limit = ctx.config.limits.maxPageSize;
  const via = await Promise.all(
    nodes.map((n) =>
      n.kind === "Official"
        ? ctx.loaders.relationsByEntity.load({ id: n.id, types: ["HOLDS_POSITION"], direction: "OUT", limit })
        : n.kind === "Meeting"
          ? ctx.loaders.relationsByEntity.load({ id: n.id, types: ["HELD_IN"], direction: "OUT", limit })
          : Promise.resolve([] as RelationRow[]),
    ),
  );
  const stepIds = [...new Set(via.flat().map((r) => r.otherId))];
  const steps = present(await ctx.loaders.entityById.loadMany(stepIds));
  const above = await containingCountries(ctx, [...nodes, ...steps]);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const found = new Map<string, EntityRow>();
  nodes.forEach((n, i) => {
    if (n.kind === "Country") return found.set(n.id, n);
    const own = above.get(n.id);
    if (own) return found.set(n.id, own);
    for (const r of via[i] ?? []) {
      const step = byId.get(r.otherId);
      const country = step?.kind === "Country" ? step : step ? above.get(step.id) : undefined;
      if (country) return found.set(n.id, country);
    }
    return undefined;
  });
  return found;
}

function toNode(row: EntityRow, country: EntityRow | undefined): ExportNode {
  return { id: row.id, kind: row.kind, name: row.name, countryId: country?.id ?? null, country: country?.name ?? null, aliases: readAliases(row.aliasRecords).map((a) => a.name) };
}

/**
 * The graph a source reaches, filled in for other tools: every node with its kind, name,
 * country and aliases, every edge with its type, role, span, certainty and evidence (the
 * quote, the article's title and URL). Everything is loaded in batches through the
 * request's loaders, so the statements grow with the steps, not with the graph's size.
 */
export async function exportGraph(ctx: ReadContext, source: ExportSource): Promise<ExportGraph> {
  const reached = await reach(ctx, source);
  const [relations, evidence, countries] = await Promise.all([
    ctx.loaders.relationByFact.loadMany(reached.factIds),
    reached.factIds.length
      ? ctx.executor.read<{ id: string; evidence: EvidenceFound[] }>(EVIDENCE_BY_FACT, { ids: reached.factIds, limit: EVIDENCE_PER_EDGE })
      : Promise.resolve([]),
    countriesOf(ctx, reached.nodes),
  ]);
  const evidenceByFact = new Map(evidence.map((row) => [row.id, row.evidence]));
  const articleIds = [...new Set([...evidenceByFact.values()].flat().map((e) => e.articleId))];
  const articles = new Map(present(await ctx.loaders.articleById.loadMany(articleIds)).map((a: ArticleRow) => [a.id, a]));
  const edges: ExportEdge[] = present(relations).map((r) => {
    const p = r.props;
    return {
      id: r.factId,
      type: r.type,
      source: r.subjectId,
      target: r.objectId,
      role: text(p.role),
      title: text(p.title),
      mode: text(p.mode),
      countryId: text(p.countryId),
      certainStart: text(p.certainStart),
      certainEnd: text(p.certainEnd),
      possibleStart: text(p.possibleStart),
      possibleEnd: text(p.possibleEnd),
      certainty: text(p.certainStart) ? "CERTAIN" : "POSSIBLE",
      disputed: p.disputed === true,
      evidence: (evidenceByFact.get(r.factId) ?? []).map((e) => {
        const article = articles.get(e.articleId);
        return { quote: e.quote, inferred: e.inferred === true, articleId: e.articleId, articleTitle: article?.title ?? null, url: article?.url ?? null };
      }),
    };
  });
  // Every edge's ends are nodes, even where a path or list reached an edge before its far end.
  const nodeIds = new Set(reached.nodes.map((n) => n.id));
  const missing = [...new Set(edges.flatMap((e) => [e.source, e.target]).filter((id) => !nodeIds.has(id)))];
  const extra = present(await ctx.loaders.entityById.loadMany(missing));
  const extraCountries = extra.length ? await countriesOf(ctx, extra) : new Map<string, EntityRow>();
  return {
    title: reached.title,
    nodes: [...reached.nodes.map((n) => toNode(n, countries.get(n.id))), ...extra.map((n) => toNode(n, extraCountries.get(n.id)))],
    edges,
    truncated: reached.truncated,
  };
}
