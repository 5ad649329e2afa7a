import type { NormalizedArticle } from "../annotation/annotation.normalize.js";
import type { Executor } from "../../neo4j/executor.js";
import { findSimilar } from "./find-similar.js";
import type { EntityRow } from "../../graph/entity.row.js";
import type { RelationRow } from "../../graph/relation.row.js";
import { readAliases } from "../../graph/alias-records.js";
import { searchTerms } from "../search/search-terms.js";

/** Something an editor should look at after an ingest that succeeded. */
export interface IngestWarning {
  code: string;
  message: string;
  entityId: string | null;
  similar: EntityRow[];
}

/**
 * For every entity an article adds to the graph, the existing ones it may duplicate: any
 * shared word for people (a surname, a given name), every word for anything else.
 */
export async function similarNameWarnings(executor: Executor, article: NormalizedArticle, created: readonly string[]): Promise<IngestWarning[]> {
  const added = article.entities.filter((e) => created.includes(e.id));
  const similar = await findSimilar(
    executor,
    added.map((e) => ({ key: e.id, name: String(e.props.name), kind: e.kind, every: e.kind !== "Official" })),
    article.entities.map((e) => e.id),
    5,
  );
  return added.flatMap((entity) => {
    const matches = similar.get(entity.id) ?? [];
    if (matches.length === 0) return [];
    const kind = entity.kind === "Official" ? "a person" : `a ${entity.kind.toLowerCase()}`;
    return [
      {
        code: "SIMILAR_NAME",
        message: `${entity.id} (${String(entity.props.name)}) is new, but ${kind} with a similar name already exists: ${matches.map((m) => `${m.entity.name} (${m.entity.id})`).join(", ")}. Use an existing id if it is the same.`,
        entityId: entity.id,
        similar: matches.map((m) => m.entity),
      },
    ];
  });
}

const nameKey = (name: string) => searchTerms(name).join(" ");

/**
 * An article that declares a known id under a name the graph does not know for it, neither
 * as its name nor as an alias: `{"id": <Sok Chenda Sophea's id>, "name": "Lay Chenda"}`. The
 * load keeps the stored name and attaches the article's mentions and facts to that entity,
 * so if the article meant someone else this is a false merge. Both names are given, so the
 * editor can either add the new form as an alias or give the other person a new id.
 * `existing` are the entities as stored, read after the load (which never renames one).
 */
export function knownIdWarnings(article: NormalizedArticle, existing: readonly EntityRow[]): IngestWarning[] {
  const declared = new Map(article.entities.map((e) => [e.id, e]));
  return existing.flatMap((row) => {
    const entity = declared.get(row.id);
    if (!entity) return [];
    const name = String(entity.props.name);
    const known = [row.name, ...readAliases(row.aliasRecords).map((a) => a.name)];
    // Aliases this article itself adds do not vouch for its name.
    const own = new Set(entity.aliasRecords.map((r) => r.split("\t")[0]));
    const vouching = known.filter((n) => n === row.name || !own.has(n));
    if (vouching.some((n) => nameKey(n) === nameKey(name))) return [];
    return [
      {
        code: "KNOWN_ID_OTHER_NAME",
        message: `${row.id} is ${row.name} in the graph, but this article declares it as ${name}. Its mentions and facts now attach to ${row.name}: if ${name} is someone else, give them a new id; if it is another name for ${row.name}, add it as an alias.`,
        entityId: row.id,
        similar: [row],
      },
    ];
  });
}

/**
 * A fact other articles already state, given dates by this article that cannot be the
 * same: the fact keeps its dates, and this article's are kept on its evidence
 * (`statedFrom`, `statedUntil`), never dropped; the editor is told, naming both, since the
 * usual cause is a second term that needs `term`. `stored` are the facts' relationships
 * as read after the load; dates that nest (2016 and April 2016) agree.
 */
export function dateConflictWarnings(article: NormalizedArticle, stored: ReadonlyMap<string, RelationRow>): IngestWarning[] {
  return article.facts.flatMap((fact) => {
    const row = stored.get(fact.id);
    if (!row) return [];
    const conflicts = (["from", "until"] as const).flatMap((side) => {
      const mine = { value: fact.data[`${side}Value`], earliest: fact.data[`${side}Earliest`], latest: fact.data[`${side}Latest`] };
      const theirs = { value: row.props[`${side}Value`], earliest: row.props[`${side}Earliest`], latest: row.props[`${side}Latest`] };
      if (typeof mine.value !== "string" || typeof theirs.value !== "string" || mine.value === theirs.value) return [];
      const disjoint = String(mine.latest) < String(theirs.earliest) || String(theirs.latest) < String(mine.earliest);
      return disjoint ? [`${side} ${mine.value} (the graph has ${theirs.value})`] : [];
    });
    if (conflicts.length === 0) return [];
    return [
      {
        code: "DATE_CONFLICT",
        message: `${fact.id} (${fact.type} ${fact.subjectId} → ${fact.objectId}) is already in the graph with other dates; this article states ${conflicts.join(" and ")}. Both are kept: the fact keeps its dates and this article's are on its evidence. If this is a separate term, give the fact \`term: 2\` (and so on).`,
        entityId: fact.subjectId,
        similar: [],
      },
    ];
  });
}
