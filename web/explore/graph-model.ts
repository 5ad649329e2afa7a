import type { EntityRef, Relation, SharedMeeting } from "./queries.js";
import { eventVisibility, factVisibility, type DayRange, type Visibility } from "./time-filter.js";

/** An edge on the canvas: a fact (with its evidence) or, for "who attended with whom", the meetings two parties shared. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  relation?: Relation;
  meetings?: SharedMeeting[];
}

/** What the canvas shows, kept apart from the drawing so that exports and tests read the same data. */
export class GraphModel {
  readonly nodes = new Map<string, EntityRef>();
  readonly edges = new Map<string, GraphEdge>();

  addNode(node: EntityRef): boolean {
    if (this.nodes.has(node.id)) return false;
    this.nodes.set(node.id, { id: node.id, kind: node.kind, name: node.name });
    return true;
  }

  addRelation(relation: Relation): boolean {
    this.addNode(relation.subject);
    this.addNode(relation.object);
    if (this.edges.has(relation.id)) return false;
    this.edges.set(relation.id, { id: relation.id, source: relation.subject.id, target: relation.object.id, type: relation.type, relation });
    return true;
  }

  /** One undirected edge per pair, so asking from either side draws it once. */
  addSharedMeetings(a: EntityRef, b: EntityRef, meetings: SharedMeeting[]): string {
    this.addNode(a);
    this.addNode(b);
    const [x, y] = [a.id, b.id].sort() as [string, string];
    const id = `met:${x}|${y}`;
    this.edges.set(id, { id, source: x, target: y, type: "ATTENDED_WITH", meetings });
    return id;
  }

  removeNode(id: string): void {
    this.nodes.delete(id);
    for (const [key, edge] of this.edges) if (edge.source === id || edge.target === id) this.edges.delete(key);
  }

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
  }
}

/** How many of an edge's shared meetings fall in the range, and whether any surely does. */
export function edgeVisibility(edge: GraphEdge, range: DayRange): { visibility: Visibility; weight: number } {
  if (edge.relation) return { visibility: factVisibility(edge.relation.span, range), weight: 1 };
  const seen = (edge.meetings ?? []).map((m) => eventVisibility(m.start?.earliest, m.start?.latest, range)).filter((v) => v !== "HIDDEN");
  if (seen.length === 0) return { visibility: "HIDDEN", weight: 0 };
  return { visibility: seen.includes("CERTAIN") ? "CERTAIN" : "POSSIBLE", weight: seen.length };
}

const ROLE_WORDS: Record<string, string> = { LED_DELEGATION: "led delegation", CHAIRED: "chaired", ATTENDED: "attended", SPOKE: "spoke", HOSTED: "hosted" };

/** A short label for an edge: the office, the role, or the fact's type in words. */
export function edgeLabel(edge: GraphEdge, weight = edge.meetings?.length ?? 1): string {
  if (edge.meetings) return `${weight} shared meeting${weight === 1 ? "" : "s"}`;
  const r = edge.relation;
  if (r?.title) return r.title;
  if (r?.role) return ROLE_WORDS[r.role] ?? r.role.toLowerCase();
  if (r?.mode) return r.mode.toLowerCase();
  return edge.type.toLowerCase().replace(/_/g, " ");
}

/** One line per piece of evidence: the quote, the article and its date. */
export function edgeEvidence(edge: GraphEdge): string[] {
  if (edge.meetings) return edge.meetings.map((m) => `${m.name}${m.start ? ` (${m.start.value})` : ""}`);
  return (edge.relation?.evidence ?? []).map(
    (e) => `“${e.quote}” — ${e.article.title}${e.article.published ? `, ${e.article.published.value}` : ""}${e.inferred ? " (inferred)" : ""}`,
  );
}
