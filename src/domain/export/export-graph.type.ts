/** A node as exported for other tools: what Gephi, Cytoscape and spreadsheets show beside its id. */
export interface ExportNode {
  id: string;
  kind: string;
  name: string;
  /** The country it belongs to, is in, or holds office in; null when the graph records none. */
  countryId: string | null;
  country: string | null;
  aliases: string[];
}

/** One piece of evidence for an edge: the sentence and the article it is in. */
export interface ExportEvidence {
  quote: string;
  inferred: boolean;
  articleId: string;
  articleTitle: string | null;
  url: string | null;
}

/** A fact as an exported edge, subject to object, with its span and evidence. */
export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
  title: string | null;
  mode: string | null;
  /** The country an official represented at a meeting. */
  countryId: string | null;
  certainStart: string | null;
  certainEnd: string | null;
  possibleStart: string | null;
  possibleEnd: string | null;
  /** CERTAIN when the evidence dates the fact (it has a certain span), POSSIBLE when its dates only leave it open. */
  certainty: "CERTAIN" | "POSSIBLE";
  disputed: boolean;
  evidence: ExportEvidence[];
}

export interface ExportGraph {
  /** What was exported, in words, for the file's description. */
  title: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** True when a bound cut the graph (a neighbourhood's edge limit). */
  truncated: boolean;
}
