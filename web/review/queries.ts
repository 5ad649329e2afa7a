/** The GraphQL the review page sends. */

export interface CandidateHit {
  entity: { id: string; kind: string; name: string };
  score: number;
  reasons: string[];
}

export const CANDIDATES = `query ReviewCandidates($name: String!, $kind: EntityKind) {
  candidates(name: $name, kind: $kind, first: 4) { entity { id kind name } score reasons }
}`;

export interface IngestResult {
  articleId: string;
  dryRun: boolean;
  article: string;
  entities: { created: string[]; updated: string[]; unchanged: string[] };
  facts: { created: string[]; updated: string[]; unchanged: string[] };
  evidenceAdded: number;
  evidenceRemoved: number;
  removedFacts: number;
  removedEntities: number;
  warnings: { code: string; entityId: string | null; message: string; similar: { id: string; name: string; kind: string }[] }[];
}

export const INGEST = `mutation ReviewIngest($annotation: JSON!, $dryRun: Boolean!) {
  ingestArticle(annotation: $annotation, dryRun: $dryRun) {
    articleId dryRun article
    entities { created updated unchanged }
    facts { created updated unchanged }
    evidenceAdded evidenceRemoved removedFacts removedEntities
    warnings { code entityId message similar { id name kind } }
  }
}`;

/** What the server's schema offers for drafting an annotation from raw text, read by introspection. */
export const DRAFT_SHAPE = `query ReviewDraftShape {
  __type(name: "Query") {
    fields { name args { name type { kind name ofType { kind name } } } type { kind name ofType { kind name ofType { kind name } } } }
  }
}`;
