/** The GraphQL the explorer sends, and the shapes it reads back. Only fields of the public schema. */

export interface EntityRef {
  id: string;
  kind: string;
  name: string;
}

export interface Evidence {
  quote: string;
  inferred: boolean;
  note: string | null;
  article: { id: string; title: string; url: string | null; published: { value: string } | null };
}

export interface Span {
  certainStart: string | null;
  certainEnd: string | null;
  possibleStart: string | null;
  possibleEnd: string | null;
}

export interface Relation {
  id: string;
  type: string;
  title: string | null;
  role: string | null;
  mode: string | null;
  disputed: boolean;
  subject: EntityRef;
  object: EntityRef;
  from: { value: string; text: string | null } | null;
  until: { value: string; text: string | null } | null;
  country: { id: string; name: string } | null;
  span: Span;
  evidence: Evidence[];
}

const ENTITY = `id kind name`;
const RELATION = `
  id type title role mode disputed
  subject { ${ENTITY} } object { ${ENTITY} }
  from { value text } until { value text }
  country { id name }
  span { certainStart certainEnd possibleStart possibleEnd }
  evidence { quote inferred note article { id title url published { value } } }`;

export interface SearchHit {
  entity: EntityRef;
  matchedName: string | null;
  context: string;
}

export const SEARCH = `query ExploreSearch($text: String!) {
  search(text: $text, first: 12) { entity { ${ENTITY} } matchedName context }
}`;

export const ENTITY_NODE = `query ExploreEntity($id: ID!) { entity(id: $id) { ${ENTITY} } }`;

export interface NeighbourhoodResult {
  entity: { neighbourhood: { truncated: boolean; nodes: EntityRef[]; edges: { id: string; source: string; target: string; type: string; relation: Relation | null }[] } };
}

export const NEIGHBOURHOOD = `query ExploreNeighbourhood($id: ID!) {
  entity(id: $id) {
    neighbourhood(hops: 1, limit: 40) {
      truncated
      nodes { ${ENTITY} }
      edges { id source target type relation { ${RELATION} } }
    }
  }
}`;

export interface Path {
  length: number;
  steps: { from: EntityRef; to: EntityRef; relation: Relation }[];
}

export const CONNECTION = `query ExploreConnection($from: ID!, $to: ID!) {
  connection(from: $from, to: $to, maxHops: 4, first: 5) {
    length
    steps { from { ${ENTITY} } to { ${ENTITY} } relation { ${RELATION} } }
  }
}`;

export interface SharedMeeting {
  id: string;
  name: string;
  start: { value: string; earliest: string; latest: string } | null;
}

export interface Counterpart {
  entity: EntityRef;
  sharedMeetingCount: number;
  sharedMeetings: SharedMeeting[];
}

export const COUNTERPARTS = `query ExploreCounterparts($id: ID!) {
  entity(id: $id) {
    ${ENTITY}
    ... on Official { counterparts(first: 30) { entity { ${ENTITY} } sharedMeetingCount sharedMeetings { id name start { value earliest latest } } } }
    ... on Country { counterparts(first: 30) { entity { ${ENTITY} } sharedMeetingCount sharedMeetings { id name start { value earliest latest } } } }
  }
}`;

export interface Card extends EntityRef {
  description: string | null;
  aliases: { name: string; lang: string; script: string }[];
  designation?: string | null;
  start?: { value: string; text: string | null } | null;
  positions?: Relation[];
  participations?: Relation[];
  participants?: Relation[];
  timeline: { date: { value: string; text: string | null }; relation: Relation }[];
  mentionedIn: { article: { id: string; title: string; url: string | null; published: { value: string } | null }; forms: string[]; quotes: string[] }[];
}

export const CARD = `query ExploreCard($id: ID!) {
  entity(id: $id) {
    ${ENTITY} description
    aliases { name lang script }
    ... on Official { designation positions(first: 20) { ${RELATION} } participations(first: 30) { ${RELATION} } }
    ... on Country { participations(first: 30) { ${RELATION} } }
    ... on Organisation { participations(first: 30) { ${RELATION} } }
    ... on Meeting { start { value text } participants(first: 40) { ${RELATION} } }
    timeline(first: 40) { date { value text } relation { ${RELATION} } }
    mentionedIn { article { id title url published { value } } forms quotes }
  }
}`;
