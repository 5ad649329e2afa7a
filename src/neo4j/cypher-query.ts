/** A Cypher statement with a name, so logs and counters say which query ran without printing it. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

export const cypher = (name: string, text: string): CypherQuery => ({ name, text: text.trim() });
