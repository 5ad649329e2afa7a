import type { AnnotationInput, ParsedAnnotation as Annotation } from "../annotation/annotation.schema.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import type { GazetteerEntry } from "./draft.types.js";

/**
 * Scores a draft against an editor's annotation of the same article. Entities
 * are matched by where they are mentioned (any shared stretch of text, one to
 * one, most overlap first), so a draft need not choose the same primary name;
 * facts match on subject, type, object and role once entities are matched.
 * A false link is a drafted entity that reuses an existing entity's id when the
 * annotation means another entity, or none.
 */
export const ENTITY_GROUPS: Record<string, readonly EntityKind[]> = {
  officials: ["Official"],
  organisations: ["Organisation"],
  "places+countries": ["Place", "Country"],
  meetings: ["Meeting"],
  frameworks: ["Framework"],
  topics: ["Topic"],
};

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** What a score missed, readable: the annotation's items the draft lacks (fn) and the draft's items the annotation lacks (fp). */
export interface Misses {
  fn: string[];
  fp: string[];
}

export interface DraftScore {
  entities: Record<string, Counts>;
  facts: Record<string, Counts>;
  /** Per entity group and per fact type, the items behind FN and FP. */
  misses: { entities: Record<string, Misses>; facts: Record<string, Misses> };
  falseLinks: { draftId: string; name: string; goldId?: string }[];
  links: number;
}

type AnyEntity = { id: string; kind: EntityKind; name: string; mentions?: string[]; aliases?: { name: string }[] };

/** The graph before the article arrives: the other articles' entities, by name and aliases. */
export function gazetteerOf(annotations: readonly Annotation[]): GazetteerEntry[] {
  const byId = new Map<string, GazetteerEntry>();
  for (const a of annotations) {
    for (const e of a.entities) {
      const entry = byId.get(e.id) ?? { id: e.id, kind: e.kind, name: e.name, aliases: [] };
      entry.aliases = [...new Set([...entry.aliases, ...e.aliases.map((x) => x.name)])];
      byId.set(e.id, entry);
    }
  }
  return [...byId.values()];
}

function spans(text: string, e: AnyEntity): Set<number> {
  const out = new Set<number>();
  const forms = new Set([...(e.mentions ?? []), e.name, ...(e.aliases ?? []).map((a) => a.name)]);
  for (const form of forms) {
    if (form.length < 2) continue;
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) for (let k = i; k < i + form.length; k++) out.add(k);
  }
  return out;
}

/** Pairs draft and gold entities of the same group, most shared characters first. */
export function matchEntities(text: string, gold: readonly AnyEntity[], draft: readonly AnyEntity[]): Map<string, string> {
  const pairs: { d: string; g: string; overlap: number }[] = [];
  const goldSpans = new Map(gold.map((g) => [g.id, spans(text, g)]));
  for (const d of draft) {
    const ds = spans(text, d);
    const group = Object.values(ENTITY_GROUPS).find((kinds) => kinds.includes(d.kind))!;
    for (const g of gold) {
      if (!group.includes(g.kind)) continue;
      if (d.kind === "Country" && g.kind === "Country") {
        if (d.id === g.id) pairs.push({ d: d.id, g: g.id, overlap: Number.MAX_SAFE_INTEGER });
        continue;
      }
      let overlap = 0;
      for (const k of ds) if (goldSpans.get(g.id)!.has(k)) overlap++;
      if (overlap > 0) pairs.push({ d: d.id, g: g.id, overlap });
    }
  }
  pairs.sort((a, b) => b.overlap - a.overlap);
  const map = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of pairs) {
    if (map.has(p.d) || taken.has(p.g)) continue;
    map.set(p.d, p.g);
    taken.add(p.g);
  }
  return map;
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function scoreDraft(gold: Annotation, draft: AnnotationInput, existingIds: ReadonlySet<string>): DraftScore {
  const text = gold.article.text;
  const draftEntities = draft.entities as AnyEntity[];
  const match = matchEntities(text, gold.entities as AnyEntity[], draftEntities);
  const entities: Record<string, Counts> = {};
  const entityMisses: Record<string, Misses> = {};
  for (const [group, kinds] of Object.entries(ENTITY_GROUPS)) {
    const c = (entities[group] = empty());
    const miss: Misses = (entityMisses[group] = { fn: [], fp: [] });
    const goldIds = new Set(gold.entities.filter((e) => kinds.includes(e.kind)).map((e) => e.id));
    const found = new Set<string>();
    for (const d of draftEntities.filter((e) => kinds.includes(e.kind))) {
      const g = match.get(d.id);
      if (g && goldIds.has(g)) {
        c.tp++;
        found.add(g);
      } else {
        c.fp++;
        miss.fp.push(`${d.kind} "${d.name}"`);
      }
    }
    c.fn = goldIds.size - c.tp;
    for (const e of gold.entities) if (goldIds.has(e.id) && !found.has(e.id)) miss.fn.push(`${e.kind} "${e.name}"`);
  }
  const goldName = new Map(gold.entities.map((e) => [e.id, e.name]));
  const draftName = new Map(draftEntities.map((e) => [e.id, e.name]));
  const describe = (k: string) => {
    const [type, subject, object, role] = k.split("|");
    const name = (id: string) => (id.startsWith("?") ? `new "${draftName.get(id.slice(1)) ?? id}"` : `"${goldName.get(id) ?? id}"`);
    return `${name(subject!)} ${type}${role ? `(${role})` : ""} ${name(object!)}`;
  };
  const key = (f: { type: string; subject: string; object: string; role?: string }) => `${f.type}|${f.subject}|${f.object}|${f.role ?? ""}`;
  const goldFacts = new Set(gold.facts.map(key));
  const draftFacts = new Set(draft.facts.map((f) => key({ ...f, subject: match.get(f.subject) ?? `?${f.subject}`, object: match.get(f.object) ?? `?${f.object}` })));
  const facts: Record<string, Counts> = {};
  const factMisses: Record<string, Misses> = {};
  const typeOf = (k: string) => k.split("|")[0]!;
  for (const k of draftFacts) {
    const c = (facts[typeOf(k)] ??= empty());
    if (goldFacts.has(k)) c.tp++;
    else {
      c.fp++;
      (factMisses[typeOf(k)] ??= { fn: [], fp: [] }).fp.push(describe(k));
    }
  }
  for (const k of goldFacts) {
    if (draftFacts.has(k)) continue;
    (facts[typeOf(k)] ??= empty()).fn++;
    (factMisses[typeOf(k)] ??= { fn: [], fp: [] }).fn.push(describe(k));
  }
  const falseLinks: DraftScore["falseLinks"] = [];
  let links = 0;
  for (const d of draftEntities) {
    if (d.kind === "Country" || !existingIds.has(d.id)) continue;
    links++;
    const g = match.get(d.id);
    if (g !== d.id) falseLinks.push({ draftId: d.id, name: d.name, ...(g ? { goldId: g } : {}) });
  }
  return { entities, facts, misses: { entities: entityMisses, facts: factMisses }, falseLinks, links };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
