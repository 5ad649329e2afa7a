import { rankCandidates, type CandidateContext } from "../editing/rank-candidates.js";
import type { DraftEntity, EntityLink, GazetteerEntry } from "./draft.types.js";
import { foldName, isAcronym } from "./text-match.js";
import { wordCount } from "./segment.js";

/**
 * Links a drafted entity to an entity the graph already holds, conservatively:
 * only when exactly one entry of the same kind carries one of its names, and
 * that name says enough on its own. A one-word name never links by itself (two
 * people in the graph may be called "Sophea"); an organisation's acronym may,
 * when only one entry has it. Otherwise the editor gets the top candidates,
 * ranked by the same ranking as the `candidates` query.
 */
export function linkEntity(entity: DraftEntity, gazetteer: readonly GazetteerEntry[], lang: string, context: { countryIds?: string[] } = {}): EntityLink {
  if (entity.kind === "Country") return { linkedId: entity.key, candidates: [], reason: "countries are identified by their ISO code" };
  const forms = new Set([entity.name, ...entity.shortForms.map((s) => s.name), ...entity.mentions.map((m) => m.text)].map(foldName));
  const sameKind = gazetteer.filter((g) => g.kind === entity.kind);
  const exact = sameKind.filter((g) => [g.name, ...g.aliases].some((n) => forms.has(foldName(n))));
  const strongForms = [...forms].filter((f) => sayEnough(f, entity, lang));
  const strongHits = sameKind.filter((g) => [g.name, ...g.aliases].some((n) => strongForms.includes(foldName(n))));
  const candidates = rank(entity, sameKind, forms, context);
  if (strongHits.length === 1 && exact.length === 1) {
    return { linkedId: strongHits[0]!.id, candidates, reason: `the graph's only ${entity.kind.toLowerCase()} called "${strongHits[0]!.name}"` };
  }
  if (exact.length > 1) return { candidates, reason: `${exact.length} entities in the graph share a name with it; choose one or keep it new` };
  if (exact.length === 1) return { candidates, reason: `only a short name matches "${exact[0]!.name}", which is not enough to link` };
  return { candidates, reason: candidates.length ? "no exact name in the graph; similar names listed" : "new: no entity in the graph has this name" };
}

/** A name that identifies on its own: two words or more, or an organisation's acronym. */
function sayEnough(folded: string, entity: DraftEntity, lang: string): boolean {
  const original = [entity.name, ...entity.shortForms.map((s) => s.name), ...entity.mentions.map((m) => m.text)].find((n) => foldName(n) === folded) ?? folded;
  if (entity.kind === "Official") return wordCount(original, lang) >= 2 && !isAcronym(original);
  if (isAcronym(original)) return entity.kind === "Organisation" && original.replace(/[^\p{Lu}]/gu, "").length >= 3;
  return wordCount(original, lang) >= 2;
}

function rank(entity: DraftEntity, sameKind: readonly GazetteerEntry[], forms: ReadonlySet<string>, context: { countryIds?: string[] }) {
  const tokens = new Set([...forms].flatMap((f) => f.split(/[\s-]+/)).filter((t) => t.length > 2));
  const contexts: CandidateContext[] = [];
  for (const g of sameKind) {
    const names = [g.name, ...g.aliases];
    const nameTokens = new Set(names.flatMap((n) => foldName(n).split(/[\s-]+/)).filter((t) => t.length > 2));
    const shared = [...tokens].filter((t) => nameTokens.has(t)).length;
    const exact = names.some((n) => forms.has(foldName(n)));
    if (!exact && shared === 0) continue;
    const score = exact ? 1 : shared / Math.max(tokens.size, nameTokens.size, 1);
    contexts.push({
      id: g.id,
      kind: entity.kind,
      names,
      nameScore: score,
      countries: new Map(Object.entries(g.countries ?? {})),
      organisations: new Map(Object.entries(g.organisations ?? {})),
      offices: [],
    });
  }
  if (!contexts.length) return [];
  const ranked = rankCandidates(contexts, { name: entity.name, countryId: context.countryIds?.[0] ?? null });
  const byId = new Map(sameKind.map((g) => [g.id, g]));
  return ranked.slice(0, 3).map((r) => ({ id: r.id, name: byId.get(r.id)!.name, score: r.score, reasons: r.reasons }));
}
