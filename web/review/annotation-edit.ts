/**
 * The review page's decisions about an annotation, and the annotation they produce. Kept
 * apart from the page so that the rules (what rejecting an entity does to its facts, how
 * relinking rewrites ids) are tested on their own.
 */

/** The parts of the annotation format the page reads; everything else is passed through untouched. */
export interface AnnotationEntity {
  id: string;
  kind: string;
  name: string;
  mentions?: string[];
  [key: string]: unknown;
}

export interface AnnotationFact {
  type: string;
  subject: string;
  object: string;
  country?: string;
  role?: string;
  title?: string;
  mode?: string;
  evidence: { quote: string; [key: string]: unknown }[];
  [key: string]: unknown;
}

export interface Annotation {
  formatVersion: number;
  article: { id: string; title: string; text: string; publisher?: string; language?: string; [key: string]: unknown };
  entities: AnnotationEntity[];
  facts: AnnotationFact[];
  notes?: string[];
  [key: string]: unknown;
}

export interface EntityDecision {
  accepted: boolean;
  /** An existing entity to link to instead of the proposed id, or null to keep it. */
  linkTo: string | null;
  name: string;
}

export interface FactDecision {
  accepted: boolean;
  quotes: string[];
}

export interface Decisions {
  entities: EntityDecision[];
  facts: FactDecision[];
}

/** Reads pasted or uploaded text as an annotation, saying plainly what is wrong when it is not one. */
export function parseAnnotation(text: string): Annotation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`This is not JSON: ${(error as Error).message}`);
  }
  const a = value as Partial<Annotation>;
  if (!a || typeof a !== "object" || !a.article || typeof a.article.text !== "string" || !Array.isArray(a.entities) || !Array.isArray(a.facts)) {
    throw new Error("This is JSON, but not an annotation: it needs `article` (with `text`), `entities` and `facts`.");
  }
  return a as Annotation;
}

export function initialDecisions(annotation: Annotation): Decisions {
  return {
    entities: annotation.entities.map((e) => ({ accepted: true, linkTo: null, name: e.name })),
    facts: annotation.facts.map((f) => ({ accepted: true, quotes: f.evidence.map((e) => e.quote) })),
  };
}

/** The annotation as it will be sent, and for each fact and entity sent, its index in the original. */
export interface Edited {
  annotation: Annotation;
  entityOrigin: number[];
  factOrigin: number[];
  /** Facts accepted but left out because an entity they use was rejected. */
  orphaned: number[];
}

/**
 * Applies the decisions: rejected entities go, and so does every fact that uses one;
 * an entity linked to an existing one takes that id everywhere it is used; edited names
 * and quotes replace the proposed ones.
 */
export function applyDecisions(original: Annotation, decisions: Decisions): Edited {
  const rename = new Map<string, string>();
  const rejected = new Set<string>();
  original.entities.forEach((entity, i) => {
    const d = decisions.entities[i];
    if (!d?.accepted) rejected.add(entity.id);
    else if (d.linkTo && d.linkTo !== entity.id) rename.set(entity.id, d.linkTo);
  });
  const id = (value: string) => rename.get(value) ?? value;
  const entityOrigin: number[] = [];
  const entities: AnnotationEntity[] = [];
  original.entities.forEach((entity, i) => {
    const d = decisions.entities[i];
    if (!d?.accepted) return;
    entityOrigin.push(i);
    entities.push({ ...entity, id: id(entity.id), name: d.name.trim() || entity.name });
  });
  const factOrigin: number[] = [];
  const orphaned: number[] = [];
  const facts: AnnotationFact[] = [];
  original.facts.forEach((fact, i) => {
    const d = decisions.facts[i];
    if (!d?.accepted) return;
    const uses = [fact.subject, fact.object, fact.country].filter((x): x is string => typeof x === "string");
    if (uses.some((u) => rejected.has(u))) {
      orphaned.push(i);
      return;
    }
    factOrigin.push(i);
    facts.push({
      ...fact,
      subject: id(fact.subject),
      object: id(fact.object),
      ...(fact.country ? { country: id(fact.country) } : {}),
      evidence: fact.evidence.map((e, j) => ({ ...e, quote: d.quotes[j] ?? e.quote })),
    });
  });
  const article = { ...original.article };
  if (article.publisher) {
    if (rejected.has(article.publisher)) delete article.publisher;
    else article.publisher = id(article.publisher);
  }
  return { annotation: { ...original, article, entities, facts }, entityOrigin, factOrigin, orphaned };
}

/** Where a problem the server reported belongs: an entity or fact of the original (by index), or the file as a whole. */
export function locateIssue(path: string, edited: Edited): { entity?: number; fact?: number } {
  const match = /^(?:annotation\.)?(entities|facts)\[(\d+)\]/.exec(path);
  if (!match) return {};
  const index = Number(match[2]);
  return match[1] === "entities" ? { entity: edited.entityOrigin[index] } : { fact: edited.factOrigin[index] };
}

export interface MentionSpan {
  start: number;
  end: number;
  entity: number;
}

/**
 * Every place the text names an entity (its mentions as given, and its name), longest
 * form first so that "Sok Chenda Sophea" wins over "Sophea", with no two spans overlapping.
 */
export function mentionSpans(text: string, entities: { name: string; mentions?: string[] }[]): MentionSpan[] {
  const forms = entities
    .flatMap((e, entity) => [...new Set([...(e.mentions ?? []), e.name])].filter((f) => f.trim().length > 1).map((form) => ({ form, entity })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: MentionSpan[] = [];
  for (const { form, entity } of forms) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(form, from);
      if (start === -1) break;
      const end = start + form.length;
      if (!taken.some((t) => start < t.end && end > t.start)) taken.push({ start, end, entity });
      from = start + 1;
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
